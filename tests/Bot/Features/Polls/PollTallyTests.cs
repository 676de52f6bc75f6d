using ClustER.Bot.Features.Polls;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Tests.Bot.Features.Polls;

/// <summary>The chosen slot: most Yes, then most Yes + If need be, then the earliest.</summary>
public sealed class PollTallyTests
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Choose_MostYesWins_EvenAgainstMoreIfNeedBe()
    {
        MeetingPoll poll = Poll(3);
        PollTally tally = PollTally.Of(poll, [.. Votes(poll.Slots[0], PollAnswer.IfNeedBe, 5), .. Votes(poll.Slots[1], PollAnswer.Yes, 2), .. Votes(poll.Slots[2], PollAnswer.Yes, 1)]);

        Assert.Equal(poll.Slots[1].Id, tally.Choose().Id);
    }

    [Fact]
    public void Choose_TieOnYes_MostYesPlusIfNeedBeWins()
    {
        MeetingPoll poll = Poll(3);
        PollTally tally = PollTally.Of(poll, [.. Votes(poll.Slots[0], PollAnswer.Yes, 2), .. Votes(poll.Slots[1], PollAnswer.Yes, 2, first: 10),
            .. Votes(poll.Slots[1], PollAnswer.IfNeedBe, 1, first: 20), .. Votes(poll.Slots[2], PollAnswer.No, 4)]);

        Assert.Equal(poll.Slots[1].Id, tally.Choose().Id);
    }

    [Fact]
    public void Choose_TieOnBoth_EarliestWins_WhateverTheFormOrder()
    {
        MeetingPoll poll = Poll(3);
        poll.Slots[0].StartsAt = Monday.AddDays(9); // entered first, but the latest
        PollTally tally = PollTally.Of(poll, [.. Votes(poll.Slots[0], PollAnswer.Yes, 1), .. Votes(poll.Slots[2], PollAnswer.Yes, 1, first: 10),
            .. Votes(poll.Slots[1], PollAnswer.No, 1, first: 20)]);

        Assert.Equal(poll.Slots[2].Id, tally.Choose().Id);
    }

    [Fact]
    public void Choose_NoVotes_EarliestSlot()
    {
        MeetingPoll poll = Poll(2);

        Assert.Equal(poll.Slots[0].Id, PollTally.Of(poll, []).Choose().Id);
        Assert.Equal(0, PollTally.Of(poll, []).Voters);
    }

    internal static MeetingPoll Poll(int slots) => new()
    {
        Id = 1,
        Title = "GdL",
        Uid = "u",
        Slots = [.. Enumerable.Range(1, slots).Select(i => new MeetingPollSlot { Id = 100 + i, Position = i, StartsAt = Monday.AddDays(i), DurationMinutes = 60 })],
    };

    private static IEnumerable<MeetingPollVote> Votes(MeetingPollSlot slot, PollAnswer answer, int count, int first = 1) =>
        Enumerable.Range(first, count).Select(p => new MeetingPollVote { PollId = 1, SlotId = slot.Id, PersonId = p, Answer = answer });
}
