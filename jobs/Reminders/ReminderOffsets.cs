using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace ClustER.Jobs.Reminders;

/// <summary>
/// Reads and writes reminder offsets ("how long before"): <c>14d 3d 1d</c>, <c>1h</c>, <c>30m</c>, and the
/// words members type in either language ("3 giorni e 1 ora", "2 days, 1 hour"). The same syntax is used
/// in configuration, so a default and a member's choice are written alike.
/// </summary>
public static partial class ReminderOffsets
{
    /// <summary>The shortest offset accepted; shorter ones would arrive after the fact.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(5);

    /// <summary>The longest offset accepted.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(60);

    /// <summary>Offsets of a day or more are day-scale: quiet hours may delay them, and their grace is longer.</summary>
    public static bool IsDayScale(TimeSpan offset) => offset >= TimeSpan.FromDays(1);

    /// <summary>Parses a list of offsets, longest first, without duplicates.</summary>
    /// <returns>False (with <paramref name="offsets"/> empty) when any part is not an offset or out of range.</returns>
    public static bool TryParse(string? text, out IReadOnlyList<TimeSpan> offsets)
    {
        offsets = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parsed = new List<TimeSpan>();
        string rest = Part().Replace(text, m =>
        {
            int amount = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            TimeSpan value = char.ToLowerInvariant(m.Groups["unit"].Value[0]) switch
            {
                'd' or 'g' => TimeSpan.FromDays(amount),
                'w' or 's' => TimeSpan.FromDays(7 * amount),
                'h' or 'o' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromMinutes(amount),
            };
            parsed.Add(value);
            return " ";
        });
        if (!Separators().IsMatch(rest) || parsed.Count == 0 || parsed.Any(o => o < Minimum || o > Maximum))
        {
            return false;
        }

        offsets = [.. parsed.Distinct().OrderDescending()];
        return true;
    }

    /// <summary>Parses offsets from configuration.</summary>
    /// <exception cref="FormatException">The text is not a list of offsets.</exception>
    public static IReadOnlyList<TimeSpan> Parse(string text) =>
        TryParse(text, out IReadOnlyList<TimeSpan> offsets) ? offsets
            : throw new FormatException($"'{text}' is not a list of reminder offsets such as '14d 3d 1d' or '1h'.");

    /// <summary>The compact form, e.g. <c>14d 3d 1d</c>, as stored and shown in forms.</summary>
    public static string Format(IEnumerable<TimeSpan> offsets) =>
        string.Join(' ', offsets.Select(Compact));

    /// <summary>The occurrence key of an offset in the delivery ledger: ISO 8601 (<c>P14D</c>, <c>PT1H</c>).</summary>
    public static string Key(TimeSpan offset) => XmlConvert.ToString(offset);

    private static string Compact(TimeSpan offset) => offset switch
    {
        { TotalDays: >= 1 } when offset.Ticks % TimeSpan.TicksPerDay == 0 => $"{offset.TotalDays:0}d",
        { TotalHours: >= 1 } when offset.Ticks % TimeSpan.TicksPerHour == 0 => $"{offset.TotalHours:0}h",
        _ => $"{offset.TotalMinutes:0}m",
    };

    // 14d, 14 d, 14 days, 14 giorni, 2w, 2 settimane, 1h, 1 ora, 1 hour, 30m, 30 min, 30 minuti.
    [GeneratedRegex(@"(?<n>\d{1,4})\s*(?<unit>d(?:ays?)?|g(?:iorn[oi]|g)?|w(?:eeks?)?|settiman[ae]|h(?:ours?|rs?)?|or[ae]|o|m(?:in(?:ut[eio]s?)?)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    // What may remain between offsets: commas, "and"/"e", "before"/"prima".
    [GeneratedRegex(@"^(?:[\s,;/+]|\band\b|\be\b|\bbefore\b|\bprima\b)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
