using System.Globalization;
using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// The poll form as submitted: a title, 2 to <see cref="MaxSlots"/> candidate slots (date, start, duration)
/// entered in the author's time zone, a place or a link, a deadline before the first slot, and who sees the votes.
/// </summary>
internal sealed record PollForm(
    int Priority,
    string Title,
    IReadOnlyList<PollFormSlot> Slots,
    string? Place,
    string? OnlineLink,
    DateTimeOffset Deadline,
    bool VotesVisibleToAll)
{
    /// <summary>The most candidate slots a poll has (the form's rows).</summary>
    public const int MaxSlots = 10;

    /// <summary>The fewest candidate slots that make a poll.</summary>
    public const int MinSlots = 2;

    /// <summary>The longest title and place kept.</summary>
    public const int MaxText = 200;

    /// <summary>The duration a slot gets when none is given, in minutes.</summary>
    public const int DefaultDuration = 60;

    /// <summary>The input that carries the form's own id, kept across a re-render with errors.</summary>
    public const string FormIdKey = "formId";

    /// <summary>
    /// The id the form card was rendered with, or null for a card without one: a second submit of the same card
    /// (a double click) finds the poll the first one created.
    /// </summary>
    public string? FormId { get; init; }

    /// <summary>Reads the form; <paramref name="errors"/> lists resource keys (with arguments) of what is wrong.</summary>
    public static PollForm? Read(CardAction action, string timeZoneId, DateTimeOffset now, out List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(action);
        errors = [];
        int priority = action.GetInt32("priority") ?? 0;
        string? title = Clean(action.GetString("title"));
        string? place = Clean(action.GetString("place"));
        string? link = Clean(action.GetString("onlineLink"));
        TimeZoneInfo zone = ReminderTime.Zone(timeZoneId);
        DateTimeOffset? deadline = Instant(action.GetString("deadlineDate"), action.GetString("deadlineTime") ?? "23:59", zone);
        bool visibleToAll = !string.Equals(action.GetString("visibility"), "staff", StringComparison.Ordinal);

        if (MemberDirectory.StrategicPriorities.Get(priority) is null)
        {
            errors.Add(new("Form.Error.Group"));
        }

        if (title is null)
        {
            errors.Add(new("Form.Error.Title"));
        }
        else if (title.Length > MaxText)
        {
            errors.Add(new("Form.Error.TooLong", MaxText));
        }

        List<PollFormSlot> slots = ReadSlots(action, zone, now, errors);
        if (place is null && link is null)
        {
            errors.Add(new("Form.Error.Where"));
        }

        if (place?.Length > MaxText)
        {
            errors.Add(new("Form.Error.TooLong", MaxText));
        }

        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out Uri? uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(new("Form.Error.Link"));
        }

        if (deadline is null)
        {
            errors.Add(new("Form.Error.Deadline"));
        }
        else if (deadline <= now)
        {
            errors.Add(new("Form.Error.DeadlinePast"));
        }
        else if (slots.Count > 0 && deadline >= slots.Min(s => s.StartsAt))
        {
            errors.Add(new("Form.Error.DeadlineAfterSlot"));
        }

        return errors.Count > 0 ? null : new PollForm(priority, title!, slots, place, link, deadline!.Value, visibleToAll)
        {
            FormId = action.GetString(FormIdKey) is { Length: > 0 and <= 64 } formId ? formId : null,
        };
    }

    /// <summary>A date and time entered in <paramref name="zone"/>, or null when either is missing or invalid.</summary>
    public static DateTimeOffset? Instant(string? date, string? time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            || !TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly at))
        {
            return null;
        }

        return ReminderClock.FromWallClock(day.ToDateTime(at), zone);
    }

    private static List<PollFormSlot> ReadSlots(CardAction action, TimeZoneInfo zone, DateTimeOffset now, List<FormError> errors)
    {
        var slots = new List<PollFormSlot>();
        for (int row = 1; row <= MaxSlots; row++)
        {
            string? date = Clean(action.GetString($"slotDate{row}"));
            string? time = Clean(action.GetString($"slotTime{row}"));
            string? duration = Clean(action.GetString($"slotDuration{row}"));
            if (date is null && time is null)
            {
                continue; // an unused row
            }

            DateTimeOffset? start = Instant(date, time, zone);
            int minutes = duration is null ? DefaultDuration
                : int.TryParse(duration, NumberStyles.Integer, CultureInfo.InvariantCulture, out int m) ? m : -1;
            if (start is null)
            {
                errors.Add(new("Form.Error.Slot", row));
            }
            else if (start <= now)
            {
                errors.Add(new("Form.Error.SlotPast", row));
            }
            else if (minutes is < 15 or > 720)
            {
                errors.Add(new("Form.Error.Duration", row));
            }
            else if (slots.Any(s => s.StartsAt == start))
            {
                errors.Add(new("Form.Error.SlotTwice", row));
            }
            else
            {
                slots.Add(new PollFormSlot(start.Value, minutes));
            }
        }

        if (slots.Count < MinSlots && errors.Count == 0)
        {
            errors.Add(new("Form.Error.TooFewSlots", MinSlots));
        }

        return [.. slots.OrderBy(s => s.StartsAt)];
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One candidate slot of the form.</summary>
internal sealed record PollFormSlot(DateTimeOffset StartsAt, int DurationMinutes);
