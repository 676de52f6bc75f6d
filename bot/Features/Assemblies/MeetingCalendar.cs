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
        var description = new StringBuilder();
        foreach (MeetingAgendaItem item in meeting.Agenda.OrderBy(a => a.Position))
        {
            description.Append(item.Position).Append(". ").Append(item.IsExtraordinary ? "[straordinaria] " : string.Empty).AppendLine(item.Text);
        }

        if (meeting.SecondCallAt is { } second)
        {
            description.AppendLine().Append("Seconda convocazione / second call: ").AppendLine(second.UtcDateTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Write(new CalendarInvitation(meeting.Uid, meeting.Sequence, title, description.ToString(), meeting.Place, meeting.OnlineLink,
            meeting.FirstCallAt, meeting.FirstCallAt + options.Value.Duration, meeting.IsCancelled));
    }

    /// <summary>Any meeting's invitation, serialized; polls use it for the meeting they chose.</summary>
    public string Write(CalendarInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        string? organizer = options.Value.OrganizerEmail;
        var calendar = new Calendar
        {
            ProductId = "-//Clust-ER Health//ClustER.Bot//IT",
            Method = invitation.IsCancelled ? "CANCEL" : organizer is null ? "PUBLISH" : "REQUEST",
        };
        var ev = new CalendarEvent
        {
            Uid = invitation.Uid,
            Sequence = invitation.Sequence,
            Summary = invitation.Summary,
            Description = invitation.Description,
            Location = invitation.Place ?? invitation.OnlineLink,
            Start = new CalDateTime(invitation.Start.UtcDateTime, CalDateTime.UtcTzId),
            End = new CalDateTime(invitation.End.UtcDateTime, CalDateTime.UtcTzId),
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId),
            Status = invitation.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (invitation.OnlineLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out Uri? uri))
        {
            ev.Url = uri;
        }

        if (organizer is not null)
        {
            ev.Organizer = new Organizer($"mailto:{organizer}") { CommonName = "Clust-ER Health" };
        }

        calendar.Events.Add(ev);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
