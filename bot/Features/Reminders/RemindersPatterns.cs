using System.Text.RegularExpressions;
using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Features.Reminders;

/// <summary>The messages the reminder feature answers, in both languages.</summary>
internal static partial class RemindersPatterns
{
    /// <summary>"i miei promemoria", "promemoria", "my reminders", "show reminders".</summary>
    [GeneratedRegex(@"^\s*(?:(?:mostra(?:mi)?\s+)?(?:i\s+)?(?:miei\s+)?promemoria|(?:show\s+)?(?:my\s+)?reminders)\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MyReminders();

    /// <summary>"remind me about Horizon Europe", "ricordami il bando EIC", "ricordami della fiera".</summary>
    [GeneratedRegex(@"^\s*(?:remind\s+me\s+(?:about|of)|ricordami(?:\s+(?:di|del|della|dello|dei|degli|delle|il|la|lo|l'|i|gli|le))?)\s*(?<what>\S.*?)\s*[.!?]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RemindMe();

    /// <summary>"silenzia eventi", "silenzia i promemoria dei bandi", "mute meetings", "riattiva promemoria riunioni", "unmute events".</summary>
    [GeneratedRegex(@"^\s*(?<verb>silenzia|disattiva|mute|unmute|riattiva)\s+(?:(?:i|le|gli)\s+)?(?:promemoria\s+)?(?:(?:dei|delle|degli|di|per)\s+)?(?:reminders\s+(?:for|of|about)\s+)?(?<kind>\p{L}+)(?:\s+reminders)?\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Mute();

    /// <summary>"promemoria eventi 3g 1g", "reminders calls 7d 1d", "promemoria riunioni 2 ore".</summary>
    [GeneratedRegex(@"^\s*(?:promemoria|reminders?)\s+(?:(?:dei|delle|degli|per|for)\s+)?(?<kind>\p{L}+)\s*:?\s+(?<offsets>\d.*?)\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Offsets();

    /// <summary>True for the verbs that turn reminders back on.</summary>
    public static bool IsUnmute(string verb) =>
        verb.Equals("unmute", StringComparison.OrdinalIgnoreCase) || verb.Equals("riattiva", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind a word names ("bandi", "events", "riunioni"...), or null.</summary>
    public static ReminderKind? KindIn(string? word) => word?.ToLowerInvariant() switch
    {
        "bandi" or "bando" or "scadenze" or "calls" or "call" or "deadlines" => ReminderKind.CallDeadline,
        "eventi" or "evento" or "events" or "event" => ReminderKind.Event,
        "riunioni" or "riunione" or "assemblee" or "assemblea" or "meetings" or "meeting" or "assemblies" => ReminderKind.Meeting,
        "iscrizioni" or "iscrizione" or "registrazioni" or "registrations" or "registration" => ReminderKind.RegistrationDeadline,
        _ => null,
    };
}
