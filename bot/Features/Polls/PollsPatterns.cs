using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Polls;

/// <summary>The messages the meeting-poll feature answers, in both languages.</summary>
internal static partial class PollsPatterns
{
    /// <summary>"nuovo sondaggio riunione GdL 5", "sondaggio per la riunione del gruppo salute digitale".</summary>
    [GeneratedRegex(@"^\s*(?:(?:crea\s+(?:un\s+)?)?nuovo\s+)?sondaggio\s+(?:per\s+(?:la\s+)?)?riunion[ei]\s+(?:(?:del|dei|per\s+il|di)\s+)?(?<group>.+?)\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NewPollItalian();

    /// <summary>"new meeting poll for WG 5", "meeting poll for the digital health working group".</summary>
    [GeneratedRegex(@"^\s*(?:(?:create\s+)?(?:an?\s+)?new\s+)?meeting\s+poll\s+(?:for\s+)?(?:the\s+)?(?<group>.+?)\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NewPollEnglish();
}
