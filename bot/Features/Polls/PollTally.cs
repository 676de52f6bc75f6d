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

    /// <summary>The tally from per-slot counts (<paramref name="counts"/>: slot id, answer, count), as the database groups them.</summary>
    public static PollTally Of(MeetingPoll poll, IReadOnlyCollection<(int SlotId, PollAnswer Answer, int Count)> counts, int voters)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(counts);
        int Count(int slotId, PollAnswer answer) => counts.Where(c => c.SlotId == slotId && c.Answer == answer).Sum(c => c.Count);
        return new PollTally([.. poll.Slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Position)
            .Select(s => new SlotTally(s, Count(s.Id, PollAnswer.Yes), Count(s.Id, PollAnswer.IfNeedBe), Count(s.Id, PollAnswer.No)))], voters);
    }

    /// <summary>The chosen slot: most Yes, then most Yes + If need be, then the earliest.</summary>
    public MeetingPollSlot Choose() => Slots
        .OrderByDescending(s => s.Yes)
        .ThenByDescending(s => s.Possible)
        .ThenBy(s => s.Slot.StartsAt)
        .First().Slot;
}
