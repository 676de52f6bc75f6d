using System.Text;
using ClustER.Bot.Storage.Entities;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// The meeting as an iCalendar invitation (RFC 5545/5546): the same UID for the whole life of the meeting,
/// SEQUENCE raised at each change, METHOD:CANCEL once cancelled, so calendars update the one entry.
/// </summary>
internal sealed class MeetingCalendar(IOptions<AssemblyOptions> options, TimeProvider time)
{
    /// <summary>The invitation, serialized.</summary>
    public string Write(Meeting meeting, string title)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        AssemblyOptions settings = options.Value;
        var calendar = new Calendar { ProductId = "-//Clust-ER Health//ClustER.Bot//IT" };
        calendar.Method = meeting.IsCancelled ? "CANCEL" : settings.OrganizerEmail is null ? "PUBLISH" : "REQUEST";
        var description = new StringBuilder();
        foreach (MeetingAgendaItem item in meeting.Agenda.OrderBy(a => a.Position))
        {
            description.Append(item.Position).Append(". ").Append(item.IsExtraordinary ? "[straordinaria] " : string.Empty).AppendLine(item.Text);
        }

        if (meeting.SecondCallAt is { } second)
        {
            description.AppendLine().Append("Seconda convocazione / second call: ").AppendLine(second.UtcDateTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        var ev = new CalendarEvent
        {
            Uid = meeting.Uid,
            Sequence = meeting.Sequence,
            Summary = title,
            Description = description.ToString(),
            Location = meeting.Place ?? meeting.OnlineLink,
            Start = new CalDateTime(meeting.FirstCallAt.UtcDateTime, CalDateTime.UtcTzId),
            End = new CalDateTime((meeting.FirstCallAt + settings.Duration).UtcDateTime, CalDateTime.UtcTzId),
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId),
            Status = meeting.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (meeting.OnlineLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out Uri? uri))
        {
            ev.Url = uri;
        }

        if (settings.OrganizerEmail is { } email)
        {
            ev.Organizer = new Organizer($"mailto:{email}") { CommonName = "Clust-ER Health" };
        }

        calendar.Events.Add(ev);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
