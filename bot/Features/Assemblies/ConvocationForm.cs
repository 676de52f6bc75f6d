using System.Globalization;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// The convocation form as submitted by staff, read and checked: dates in the association's time zone,
/// a place or a link, at least one agenda item, and the notice period (refused unless urgent is confirmed).
/// </summary>
internal sealed record ConvocationForm(
    MeetingKind Kind,
    int? MeetingId,
    DateTimeOffset FirstCallAt,
    DateTimeOffset? SecondCallAt,
    string? Place,
    string? OnlineLink,
    IReadOnlyList<string> Ordinary,
    IReadOnlyList<string> Extraordinary,
    int NoticeDays,
    bool IsUrgent)
{
    /// <summary>The time zone dates are entered in.</summary>
    public const string TimeZoneId = "Europe/Rome";

    /// <summary>Reads the form; <paramref name="errors"/> lists resource keys (with arguments) of what is wrong.</summary>
    public static ConvocationForm? Read(CardAction action, int statuteNoticeDays, DateTimeOffset now, out List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(action);
        errors = [];
        MeetingKind kind = Enum.TryParse(action.GetString("kind"), out MeetingKind k) ? k : MeetingKind.GeneralAssembly;
        DateTimeOffset? first = Instant(action.GetString("firstCallDate"), action.GetString("firstCallTime"));
        DateTimeOffset? second = Instant(action.GetString("secondCallDate"), action.GetString("secondCallTime"));
        string? place = Clean(action.GetString("place"));
        string? link = Clean(action.GetString("onlineLink"));
        IReadOnlyList<string> ordinary = Lines(action.GetString("ordinaryAgenda"));
        IReadOnlyList<string> extraordinary = Lines(action.GetString("extraordinaryAgenda"));
        int noticeDays = Math.Max(statuteNoticeDays, action.GetInt32("noticeDays") ?? statuteNoticeDays);
        bool urgent = string.Equals(action.GetString("urgent"), "true", StringComparison.OrdinalIgnoreCase);

        if (first is null)
        {
            errors.Add(new("Form.Error.FirstCall"));
        }
        else if (first <= now)
        {
            errors.Add(new("Form.Error.Past"));
        }

        bool secondGiven = !string.IsNullOrWhiteSpace(action.GetString("secondCallDate"));
        if (secondGiven && second is null)
        {
            errors.Add(new("Form.Error.SecondCall"));
        }
        else if (second is not null && first is not null && second <= first)
        {
            errors.Add(new("Form.Error.SecondBeforeFirst"));
        }

        if (place is null && link is null)
        {
            errors.Add(new("Form.Error.Where"));
        }

        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out Uri? uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(new("Form.Error.Link"));
        }

        if (ordinary.Count + extraordinary.Count == 0)
        {
            errors.Add(new("Form.Error.Agenda"));
        }

        if (errors.Count == 0 && first < now.AddDays(noticeDays) && !urgent)
        {
            errors.Add(new("Form.Error.Notice", noticeDays, now.AddDays(noticeDays)));
        }

        return errors.Count > 0 ? null : new ConvocationForm(kind, action.GetInt32("meetingId"), first!.Value, second, place, link,
            ordinary, extraordinary, noticeDays, urgent && first < now.AddDays(noticeDays));
    }

    private static DateTimeOffset? Instant(string? date, string? time)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            || !TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly at))
        {
            return null;
        }

        return ReminderClock.FromWallClock(day.ToDateTime(at), ReminderTime.Zone(TimeZoneId));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0).Take(30)];
}

/// <summary>A problem with the form: a resource key and its arguments.</summary>
internal sealed record FormError(string Key, params object?[] Args);
