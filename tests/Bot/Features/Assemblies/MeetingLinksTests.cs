namespace ClustER.Tests.Bot.Features.Assemblies;

public sealed class MeetingLinksTests : IDisposable
{
    private readonly AssemblyFixture _f = new(organisations: 1);

    [Fact]
    public void Verify_TokenOfTheLink_Accepted()
    {
        string url = _f.Links().InvitationUrl(7);

        Assert.StartsWith("http://127.0.0.1:5555/meetings/7/invite.ics?t=", url, StringComparison.Ordinal);
        Assert.True(_f.Links().Verify(Token(url), 7, "ics"));
    }

    [Fact]
    public void Verify_OtherMeetingOtherPurposeTamperedOrExpired_Refused()
    {
        string token = Token(_f.Links().InvitationUrl(7));

        Assert.False(_f.Links().Verify(token, 8, "ics"));
        Assert.False(_f.Links().Verify(token, 7, "csv"));
        Assert.False(_f.Links().Verify(token[..^2] + "xx", 7, "ics"));
        Assert.False(_f.Links().Verify(null, 7, "ics"));
        _f.Time.Advance(_f.Options.LinkLifetime + TimeSpan.FromMinutes(1));
        Assert.False(_f.Links().Verify(token, 7, "ics"));
    }

    private static string Token(string url) => Uri.UnescapeDataString(url[(url.IndexOf("?t=", StringComparison.Ordinal) + 3)..]);

    public void Dispose() => _f.Dispose();
}
