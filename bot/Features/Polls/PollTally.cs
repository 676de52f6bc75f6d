using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Polls;

/// <summary>The counts of one slot.</summary>
internal sealed record SlotTally(MeetingPollSlot Slot, int Yes, int IfNeedBe, int No)
{
    /// <summary>Yes plus If need be: how many could come at all.</summary>
    public int Possible => Yes + IfNeedBe;
}

/// <summary>The counts of a poll, and the rule that picks the meeting's slot.</summary>
internal sealed record PollTally(IReadOnlyList<SlotTally> Slots, int Voters)
{
    /// <summary>Counts <paramref name="votes"/> per slot of <paramref name="poll"/>, slots in date order.</summary>
    public static PollTally Of(MeetingPoll poll, IReadOnlyCollection<MeetingPollVote> votes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(votes);
        ILookup<int, MeetingPollVote> bySlot = votes.ToLookup(v => v.SlotId);
        List<SlotTally> slots = [.. poll.Slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Position).Select(s => new SlotTally(s,
            bySlot[s.Id].Count(v => v.Answer == PollAnswer.Yes),
            bySlot[s.Id].Count(v => v.Answer == PollAnswer.IfNeedBe),
            bySlot[s.Id].Count(v => v.Answer == PollAnswer.No)))];
        return new PollTally(slots, votes.Select(v => v.PersonId).Distinct().Count());
    }

    /// <summary>The tally from the counters kept on the poll and its slots (<see cref="PollCounters"/>).</summary>
    public static PollTally Of(MeetingPoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return new PollTally([.. poll.Slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Position)
            .Select(s => new SlotTally(s, s.YesCount, s.IfNeedBeCount, s.NoCount))], poll.VoterCount);
    }

    /// <summary>The chosen slot: most Yes, then most Yes + If need be, then the earliest.</summary>
    public MeetingPollSlot Choose() => Slots
        .OrderByDescending(s => s.Yes)
        .ThenByDescending(s => s.Possible)
        .ThenBy(s => s.Slot.StartsAt)
        .First().Slot;
}
