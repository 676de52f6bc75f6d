using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// The chosen slot as an iCalendar invitation, written by <see cref="MeetingCalendar"/>: one UID for the poll's
/// meeting, SEQUENCE raised at each override, so calendars move the one entry instead of adding another.
/// </summary>
internal sealed class PollCalendar(MeetingCalendar calendar)
{
    /// <summary>The invitation of closed poll <paramref name="poll"/>, serialized.</summary>
    public string Write(MeetingPoll poll, string groupName)
    {
        ArgumentNullException.ThrowIfNull(poll);
        MeetingPollSlot slot = poll.Slots.FirstOrDefault(s => s.Id == poll.ChosenSlotId)
            ?? throw new InvalidOperationException($"Poll {poll.Id} has no chosen slot.");
        return calendar.Write(new CalendarInvitation(poll.Uid, Math.Max(0, poll.ResultSequence - 1), poll.Title, groupName,
            poll.Place, poll.OnlineLink, slot.StartsAt, slot.EndsAt));
    }
}
