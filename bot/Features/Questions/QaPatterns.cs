using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Questions;

/// <summary>The staff commands of the Q&amp;A feature, in both languages.</summary>
internal static partial class QaPatterns
{
    /// <summary>"answer 12 text", "rispondi 12: text", "risposta n. 12 text".</summary>
    [GeneratedRegex(@"^\s*(?:answer|reply|rispondi|risposta|rispondere)\s+(?:a\s+|to\s+)?(?:#|n\.?\s*|no\.?\s*|nr\.?\s*)?(?<id>\d{1,9})\b\s*[:\-–]?\s*(?<answer>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    public static partial Regex Answer();

    /// <summary>"open questions", "domande aperte", "pending questions", "domande in attesa".</summary>
    [GeneratedRegex(@"^\s*(?:open questions|pending questions|unanswered questions|domande aperte|domande in attesa|domande in sospeso|domande senza risposta)\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OpenQuestions();

    /// <summary>"new call", "nuovo bando", "edit call ID", "modifica bando ID", "new event", "nuovo evento", "edit event ID", "modifica evento ID".</summary>
    [GeneratedRegex(@"^\s*(?:(?:new|add)\s+(?:(?<call>call)|(?<event>event))|(?:nuovo|aggiungi)\s+(?:(?<call>bando)|(?<event>evento))|(?:edit|modify|change)\s+(?:(?<call>call)|(?<event>event))\s+(?<id>\S+)|(?:modifica|cambia)\s+(?:(?<call>bando)|(?<event>evento))\s+(?<id>\S+))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Form();
}
