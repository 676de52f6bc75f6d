namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// The association's time zone, Europe/Rome: bare dates in the knowledge files, time expressions in
/// questions and the dates on cards all mean Rome's wall clock.
/// </summary>
public static class RomeTime
{
    /// <summary>Europe/Rome.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>The same instant on Rome's wall clock.</summary>
    public static DateTimeOffset ToRome(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Rome's calendar day of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToRome(instant).DateTime);

    /// <summary>
    /// The instant Rome's clocks show <paramref name="date"/> at <paramref name="time"/>. A time skipped by
    /// the spring change moves forward an hour; a repeated autumn time takes its first (summer) occurrence.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        DateTime local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        TimeSpan offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The start of Rome's day <paramref name="date"/> (midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => At(date, TimeOnly.MinValue);
}
