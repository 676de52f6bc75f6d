using ClustER.Bot.Features.Surveys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Features.Surveys;

public sealed class SurveyLinksTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly SurveyLinks _links;

    public SurveyLinksTests() =>
        _links = new SurveyLinks(new EphemeralDataProtectionProvider(), Microsoft.Extensions.Options.Options.Create(new SurveyOptions { LinkLifetime = TimeSpan.FromHours(1) }), _time);

    [Fact]
    public void Verify_FreshLink_OpensOnlyWhatAndWhichSurveyItNames()
    {
        string token = Token(_links.CsvUrl(7));

        Assert.True(_links.Verify(token, 7, SurveyLinks.Csv));
        Assert.False(_links.Verify(token, 8, SurveyLinks.Csv));
        Assert.False(_links.Verify(token, 7, SurveyLinks.Chart));
        Assert.False(_links.Verify(token[..^4] + "AAAA", 7, SurveyLinks.Csv));
    }

    [Fact]
    public void Verify_ExpiredLink_IsRefused()
    {
        string token = Token(_links.CsvUrl(7));

        _time.Advance(TimeSpan.FromHours(2));

        Assert.False(_links.Verify(token, 7, SurveyLinks.Csv));
    }

    private static string Token(string url) => Uri.UnescapeDataString(url[(url.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
}
