using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ClustER.Bot.Features.Questions.Calendar;

/// <summary>
/// The iCalendar (.ics) file of an item: an event's start and end, place and links; a call's deadline as a
/// short slot ending at the deadline, so it shows in the member's calendar on the right day and hour.
/// </summary>
internal static class CalendarFile
{
    private static readonly TimeSpan DeadlineSlot = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan DefaultEventLength = TimeSpan.FromHours(1);

    /// <summary>The .ics text for <paramref name="item"/>, or null when it has no date (a rolling call, an FAQ).</summary>
    public static string? For(KnowledgeItem item, string language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        DateTimeOffset start, end;
        string summary;
        if (item.Kind == KnowledgeKind.Event && item.Start is { } s)
        {
            start = s;
            end = item.End ?? s + DefaultEventLength;
            summary = item.Title;
        }
        else if (item.Kind == KnowledgeKind.Call && item.Deadline is { } deadline)
        {
            start = deadline - DeadlineSlot;
            end = deadline;
            summary = $"{QaTexts.Texts.Get("Fact.Deadline", language)}: {item.Title}";
        }
        else
        {
            return null;
        }

        var ev = new CalendarEvent
        {
            Uid = $"{item.KindName}-{item.Id}@clust-er-bot",
            Summary = summary,
            Description = item.Summary,
            Location = item.Location ?? item.Online,
            DtStart = new CalDateTime(start.UtcDateTime, "UTC"),
            DtEnd = new CalDateTime(end.UtcDateTime, "UTC"),
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
        };
        if ((item.Url ?? item.RegistrationUrl ?? item.Online) is { } link && Uri.TryCreate(link, UriKind.Absolute, out Uri? uri))
        {
            ev.Url = uri;
        }

        var calendar = new Ical.Net.Calendar();
        calendar.Events.Add(ev);
        return new CalendarSerializer().SerializeToString(calendar);
    }
}
