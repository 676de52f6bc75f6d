using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Privacy;

/// <summary>The messages the data-rights feature answers, in both languages.</summary>
internal static partial class PrivacyPatterns
{
    /// <summary>"i miei dati", "esporta i miei dati", "my data", "download my data".</summary>
    [GeneratedRegex(@"^\s*(?:(?:esporta|scarica|mostra|mostrami)\s+)?(?:i\s+)?miei\s+dati(?:\s+personali)?\s*[.!?]*\s*$|^\s*(?:(?:export|download|show)\s+)?my\s+(?:personal\s+)?data\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MyData();

    /// <summary>"dimenticami", "cancella i miei dati", "forget me", "delete my data".</summary>
    [GeneratedRegex(@"^\s*(?:dimenticami|(?:cancella|elimina)\s+(?:tutti\s+)?i\s+miei\s+dati(?:\s+personali)?|forget\s+me|(?:delete|erase)\s+(?:all\s+)?my\s+(?:personal\s+)?data)\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ForgetMe();

    /// <summary>Staff, for a member: "cancella dati di anna@example.org", "erase data of anna@example.org".</summary>
    [GeneratedRegex(@"^\s*(?:(?:cancella|elimina)\s+(?:i\s+)?dati\s+di|(?:erase|delete)\s+(?:the\s+)?data\s+of)\s+(?<email>[^\s@]+@[^\s@]+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StaffErase();

    /// <summary>Staff, for a member: "esporta dati di anna@example.org", "export data of anna@example.org".</summary>
    [GeneratedRegex(@"^\s*(?:(?:esporta|scarica)\s+(?:i\s+)?dati\s+di|(?:export|download)\s+(?:the\s+)?data\s+of)\s+(?<email>[^\s@]+@[^\s@]+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StaffExport();
}
