using System.Globalization;

namespace ClustER.Jobs.Reminders;

/// <summary>
/// The occurrence part of a reminder's ledger key: the offset and the due instant it was computed for
/// (<c>P1D@20270301T080000Z</c>). A moved subject has new keys, and the composer refuses an occurrence
/// whose due instant is no longer the subject's, so nothing is ever sent for the old time.
/// </summary>
public readonly record struct ReminderOccurrence(TimeSpan Offset, DateTimeOffset DueAt)
{
    private const string InstantFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The ledger form.</summary>
    public override string ToString() =>
        $"{ReminderOffsets.Key(Offset)}@{DueAt.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture)}";

    /// <summary>The ledger form of a due instant alone (the occurrence of a move notice).</summary>
    public static string Instant(DateTimeOffset dueAt) => dueAt.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads the ledger form back.</summary>
    public static bool TryParse(string? text, out ReminderOccurrence occurrence)
    {
        occurrence = default;
        string[] parts = (text ?? string.Empty).Split('@');
        if (parts.Length != 2
            || !DateTime.TryParseExact(parts[1], InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime due))
        {
            return false;
        }

        try
        {
            occurrence = new ReminderOccurrence(System.Xml.XmlConvert.ToTimeSpan(parts[0]), new DateTimeOffset(due, TimeSpan.Zero));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
