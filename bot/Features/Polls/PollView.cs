using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Polls;

/// <summary>A poll as one person sees it now.</summary>
/// <param name="Poll">The poll with its slots.</param>
/// <param name="Tally">The counts.</param>
/// <param name="Mine">The viewer's answers by slot id.</param>
/// <param name="ShowTallies">True when the viewer may see the counts.</param>
/// <param name="Invitees">How many are invited.</param>
/// <param name="TimeZoneId">The viewer's time zone.</param>
/// <param name="Now">The instant of the view.</param>
internal sealed record PollView(
    MeetingPoll Poll,
    PollTally Tally,
    IReadOnlyDictionary<int, PollAnswer> Mine,
    bool ShowTallies,
    int Invitees,
    string TimeZoneId,
    DateTimeOffset Now)
{
    /// <summary>True while votes are accepted.</summary>
    public bool IsOpen => Poll.ClosedAt is null && Poll.Deadline > Now;

    /// <summary>The chosen slot once closed.</summary>
    public MeetingPollSlot? Chosen => Poll.Slots.FirstOrDefault(s => s.Id == Poll.ChosenSlotId);
}
