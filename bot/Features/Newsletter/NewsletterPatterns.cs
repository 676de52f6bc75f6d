using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The messages the newsletter feature answers, in both languages.</summary>
internal static partial class NewsletterPatterns
{
    /// <summary>"invia newsletter ora", "invia la newsletter", "send newsletter now".</summary>
    [GeneratedRegex(@"^\s*(?:invia(?:\s+la)?\s+newsletter(?:\s+(?:ora|adesso|subito))?|send\s+(?:the\s+)?newsletter(?:\s+now)?)\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SendNow();

    /// <summary>"aggiungi notizia", "aggiungi una notizia", "add news", "add a news item".</summary>
    [GeneratedRegex(@"^\s*(?:aggiungi\s+(?:una\s+)?notizia|add\s+(?:a\s+)?news(?:\s+item)?)\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AddNews();

    /// <summary>
    /// A consent change: "annulla iscrizione", "annulla l'iscrizione alla newsletter", "disiscrivimi", "unsubscribe newsletter",
    /// "iscrivimi alla newsletter", "subscribe newsletter"; with "promemoria"/"reminders" for reminders.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?<off>annulla\s+(?:l')?\s*iscrizione|disiscrivimi|cancellami|unsubscribe(?:\s+me)?)|(?<on>iscrivimi|subscribe(?:\s+me)?))(?:\s+(?:alla|ai|dai|dalla|to|from|the)){0,2}(?:\s+(?<topic>newsletter|promemoria|reminders))?\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Consent();
}
