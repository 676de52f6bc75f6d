using System.Text.RegularExpressions;
using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Conversation;

/// <summary>The messages the conversation feature answers, in both languages.</summary>
internal static partial class ConversationPatterns
{
    /// <summary>"help", "aiuto", "?", "what can you do", "cosa sai fare", "comandi"...</summary>
    [GeneratedRegex(@"^\s*(help|aiuto|\?|h|menu|comandi|commands|info|start|ciao|hello|hi|salve|buongiorno|what can you do\??|cosa (sai|puoi) fare\??|come funzioni\??)\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Help();

    /// <summary>"lingua inglese", "language: italian", "parla inglese", "speak english", "english please", "in italiano"...</summary>
    [GeneratedRegex(@"^\s*(?:(?:lingua|language|parla(?:mi)?|speak|rispondi(?:mi)?|reply|switch to|passa (?:all'|a)|in)\s*:?\s*(?:in\s+)?)?(?<language>italiano|italian|inglese|english|it|en)(?:\s+(?:please|per favore|grazie))?\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Language();

    /// <summary>Maps the captured language word to a language code.</summary>
    public static string? LanguageIn(string? word) => word?.ToLowerInvariant() switch
    {
        "italiano" or "italian" or "it" => Languages.Italian,
        "inglese" or "english" or "en" => Languages.English,
        _ => null,
    };
}
