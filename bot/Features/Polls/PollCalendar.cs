using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage.Entities;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// The chosen slot as an iCalendar invitation, like <see cref="MeetingCalendar"/>: one UID for the poll's
/// meeting, SEQUENCE raised at each override, so calendars move the one entry instead of adding another.
/// </summary>
internal sealed class PollCalendar(IOptions<AssemblyOptions> options, TimeProvider time)
{
    /// <summary>The invitation of closed poll <paramref name="poll"/>, serialized.</summary>
    public string Write(MeetingPoll poll, string groupName)
    {
        ArgumentNullException.ThrowIfNull(poll);
        MeetingPollSlot slot = poll.Slots.FirstOrDefault(s => s.Id == poll.ChosenSlotId)
            ?? throw new InvalidOperationException($"Poll {poll.Id} has no chosen slot.");
        string? organizer = options.Value.OrganizerEmail;
        var calendar = new Calendar { ProductId = "-//Clust-ER Health//ClustER.Bot//IT", Method = organizer is null ? "PUBLISH" : "REQUEST" };
        var ev = new CalendarEvent
        {
            Uid = poll.Uid,
            Sequence = Math.Max(0, poll.ResultSequence - 1),
            Summary = poll.Title,
            Description = groupName,
            Location = poll.Place ?? poll.OnlineLink,
            Start = new CalDateTime(slot.StartsAt.UtcDateTime, CalDateTime.UtcTzId),
            End = new CalDateTime(slot.EndsAt.UtcDateTime, CalDateTime.UtcTzId),
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId),
            Status = EventStatus.Confirmed,
        };
        if (poll.OnlineLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out Uri? uri))
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
