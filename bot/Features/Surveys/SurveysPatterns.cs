using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Surveys;

/// <summary>The staff messages about a sent survey, in both languages.</summary>
internal static partial class SurveysPatterns
{
    /// <summary>"risultati sondaggio NAME", "survey results NAME", "chiudi sondaggio NAME", "close survey NAME".</summary>
    [GeneratedRegex(@"^\s*(?:(?:risultati\s+(?:del\s+)?sondaggio|survey\s+results(?:\s+of)?|results\s+of\s+survey)|(?<close>chiudi\s+(?:il\s+)?sondaggio|close\s+(?:the\s+)?survey))\s+(?<name>[\p{L}0-9_-]+)\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Staff();
}
