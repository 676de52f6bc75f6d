using System.Globalization;
using ClustER.Bot.Localization;
using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// Writes instants and durations the way a member reads them: in their time zone and language, with the
/// exact time left ("tra 40 minuti", "in 2 days and 3 hours").
/// </summary>
internal static class ReminderTime
{
    /// <summary>"lunedì 1 marzo 2027, 09:00", with the zone named when it is not the association's.</summary>
    public static string When(DateTimeOffset instant, string timeZoneId, string language)
    {
        TimeZoneInfo zone = Zone(timeZoneId);
        DateTime local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        CultureInfo culture = Languages.Culture(language);
        string text = RemindersTexts.Texts.Get("Time.When", language,
            local.ToString("dddd d MMMM yyyy", culture), local.ToString("HH:mm", culture));
        return zone.Id == "Europe/Rome" ? text : $"{text} ({zone.Id})";
    }

    /// <summary>"tra 1 ora e 5 minuti" / "in 1 hour and 5 minutes", rounded to the minute.</summary>
    public static string Relative(TimeSpan left, string language)
    {
        var t = RemindersTexts.Texts;
        TimeSpan rounded = TimeSpan.FromMinutes(Math.Round(left.TotalMinutes));
        if (rounded < TimeSpan.FromMinutes(1))
        {
            return t.Get("Time.LessThanAMinute", language);
        }

        string amount = rounded switch
        {
            { TotalDays: >= 1 } => Pair(Unit("Day", rounded.Days, language), OptionalUnit("Hour", rounded.Hours, language), language),
            { TotalHours: >= 1 } => Pair(Unit("Hour", rounded.Hours, language), OptionalUnit("Minute", rounded.Minutes, language), language),
            _ => Unit("Minute", rounded.Minutes, language),
        };
        return t.Get("Time.In", language, amount);
    }

    /// <summary>An offset as words: "14 giorni", "1 hour".</summary>
    public static string Offset(TimeSpan offset, string language) => offset switch
    {
        _ when offset.Ticks % TimeSpan.TicksPerDay == 0 => Unit("Day", (int)offset.TotalDays, language),
        _ when offset.Ticks % TimeSpan.TicksPerHour == 0 => Unit("Hour", (int)offset.TotalHours, language),
        _ => Unit("Minute", (int)offset.TotalMinutes, language),
    };

    /// <summary>A list of offsets as words: "14 giorni, 3 giorni e 1 giorno prima".</summary>
    public static string Offsets(IReadOnlyList<TimeSpan> offsets, string language)
    {
        string[] words = [.. offsets.Select(o => Offset(o, language))];
        string list = words.Length <= 1 ? string.Concat(words)
            : RemindersTexts.Texts.Get("Time.And", language, string.Join(", ", words[..^1]), words[^1]);
        return RemindersTexts.Texts.Get("Time.Before", language, list);
    }

    /// <summary>The member's zone, or the association's when unknown.</summary>
    public static TimeZoneInfo Zone(string? timeZoneId) =>
        timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out TimeZoneInfo? zone) ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(new ReminderOptions().DefaultTimeZone);

    private static string Pair(string major, string? minor, string language) =>
        minor is null ? major : RemindersTexts.Texts.Get("Time.And", language, major, minor);

    private static string Unit(string unit, int amount, string language) =>
        RemindersTexts.Texts.Get(amount == 1 ? $"Unit.{unit}.One" : $"Unit.{unit}.Many", language, amount);

    private static string? OptionalUnit(string unit, int amount, string language) =>
        amount == 0 ? null : Unit(unit, amount, language);
}
