using System.Globalization;
using ClustER.Bot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// Signed, expiring links to a survey's chart and CSV (ASP.NET Core data protection, time-limited), as
/// meeting links are: the token names the survey and what it opens, so it cannot be edited into another's.
/// </summary>
internal sealed class SurveyLinks(IDataProtectionProvider protection, IOptions<SurveyOptions> options, TimeProvider time)
{
    /// <summary>A chart link.</summary>
    public const string Chart = "chart";

    /// <summary>A CSV link.</summary>
    public const string Csv = "csv";

    private readonly SignedTokens _tokens = new(protection, "ClustER.Bot.Surveys.Links", time);

    /// <summary>The chart of one question.</summary>
    public string ChartUrl(int surveyId, string questionId) =>
        Url(surveyId, Chart, $"chart.png?q={Uri.EscapeDataString(questionId)}&");

    /// <summary>The answers as CSV.</summary>
    public string CsvUrl(int surveyId) => Url(surveyId, Csv, "answers.csv?");

    /// <summary>True when <paramref name="token"/> opens <paramref name="what"/> of <paramref name="surveyId"/> and has not expired.</summary>
    public bool Verify(string? token, int surveyId, string what) => _tokens.Unprotect(token) == Payload(surveyId, what);

    private string Url(int surveyId, string what, string file)
    {
        // The lifetime is applied on the real clock (the protector checks expiry on it); a pinned demo clock (Clock:Now) must not expire links at once.
        string token = _tokens.Protect(Payload(surveyId, what), options.Value.LinkLifetime);
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/surveys/{surveyId.ToString(CultureInfo.InvariantCulture)}/{file}t={Uri.EscapeDataString(token)}";
    }

    private static string Payload(int surveyId, string what) => $"{what}|{surveyId.ToString(CultureInfo.InvariantCulture)}";
}
