namespace ClustER.Jobs.Reminders;

/// <summary>
/// When a reminder fires, for one member. All instants are UTC; the member's time zone only decides
/// what "one day before" and "quiet hours" mean on their wall clock.
/// </summary>
/// <remarks>
/// Day-scale offsets count calendar days on the member's wall clock, so "1 day before a 09:00 meeting" is
/// 09:00 the day before even across a DST change (24 hours would say 08:00 or 10:00). A wall-clock time
/// that does not exist (spring forward) moves forward by the gap; one that happens twice (fall back) is
/// taken the first time. Every result is a single UTC instant, and the delivery ledger holds one row per
/// (reminder, member, occurrence), so a DST change can neither skip nor double a reminder.
/// Hour-scale offsets are exact durations and are never moved by quiet hours.
/// </remarks>
public static class ReminderClock
{
    /// <summary>The instant the reminder <paramref name="offset"/> before <paramref name="due"/> goes to a member.</summary>
    public static DateTimeOffset FireTime(DateTimeOffset due, TimeSpan offset, TimeZoneInfo zone, TimeOnly quietStart, TimeOnly quietEnd)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!ReminderOffsets.IsDayScale(offset))
        {
            return (due - offset).ToUniversalTime();
        }

        DateTime localDue = TimeZoneInfo.ConvertTime(due, zone).DateTime;
        DateTimeOffset fire = FromWallClock(localDue - offset, zone);
        return DelayPastQuietHours(fire, zone, quietStart, quietEnd);
    }

    /// <summary>Moves an instant inside the member's quiet hours to the end of them.</summary>
    public static DateTimeOffset DelayPastQuietHours(DateTimeOffset instant, TimeZoneInfo zone, TimeOnly quietStart, TimeOnly quietEnd)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (quietStart == quietEnd)
        {
            return instant.ToUniversalTime();
        }

        DateTime local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        TimeOnly time = TimeOnly.FromDateTime(local);
        bool overnight = quietStart > quietEnd;
        bool quiet = overnight ? time >= quietStart || time < quietEnd : time >= quietStart && time < quietEnd;
        if (!quiet)
        {
            return instant.ToUniversalTime();
        }

        // The end of the quiet hours: later today, or tomorrow when they started this evening.
        DateTime endDay = overnight && time >= quietStart ? local.Date.AddDays(1) : local.Date;
        return FromWallClock(endDay + quietEnd.ToTimeSpan(), zone);
    }

    /// <summary>The UTC instant of a wall-clock time in <paramref name="zone"/>, resolving DST gaps and overlaps.</summary>
    public static DateTimeOffset FromWallClock(DateTime wallClock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        DateTime unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // Spring forward: 02:30 does not exist; the clock reads 03:30 at that moment.
            // Read with the offset in force before the gap, it is the instant the clock jumps past it.
            TimeSpan before = zone.GetUtcOffset(unspecified.AddHours(-3));
            return new DateTimeOffset(DateTime.SpecifyKind(unspecified - before, DateTimeKind.Utc));
        }

        TimeSpan offset = zone.IsAmbiguousTime(unspecified)
            ? zone.GetAmbiguousTimeOffsets(unspecified).Max() // the first time the clock shows it (summer time)
            : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc));
    }
}
