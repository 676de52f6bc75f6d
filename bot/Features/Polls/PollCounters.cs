using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// The tallies kept beside the votes (per slot: Yes, If need be, No; per poll: voters), so that a vote's answer
/// reads ten counters instead of counting every vote of a 500-member group. The votes stay the record: whatever
/// deletes votes recounts from them.
/// </summary>
internal static class PollCounters
{
    /// <summary>
    /// The first write of a vote or a close: raises the poll's <see cref="MeetingPoll.TallyVersion"/> if it is still
    /// open at <paramref name="now"/>. False: closed, past its deadline, or unknown.
    /// </summary>
    public static async Task<bool> TakeOpenAsync(BotDbContext db, int pollId, DateTimeOffset now, CancellationToken ct) =>
        await RaiseVersionAsync(db.MeetingPolls.Where(p => p.Id == pollId && p.ClosedAt == null && p.Deadline > now), ct) == 1;

    /// <summary>The close's first write: raises the poll's <see cref="MeetingPoll.TallyVersion"/>, open or not.</summary>
    public static Task<int> TakeAsync(BotDbContext db, int pollId, CancellationToken ct) =>
        RaiseVersionAsync(db.MeetingPolls.Where(p => p.Id == pollId), ct);

    private static Task<int> RaiseVersionAsync(IQueryable<MeetingPoll> polls, CancellationToken ct) =>
        polls.ExecuteUpdateAsync(u => u.SetProperty(p => p.TallyVersion, p => p.TallyVersion + 1), ct);

    /// <summary>Adds <paramref name="delta"/> to the count of <paramref name="answer"/> on <paramref name="slot"/>.</summary>
    public static void Add(MeetingPollSlot slot, PollAnswer answer, int delta)
    {
        switch (answer)
        {
            case PollAnswer.Yes:
                slot.YesCount += delta;
                break;
            case PollAnswer.IfNeedBe:
                slot.IfNeedBeCount += delta;
                break;
            default:
                slot.NoCount += delta;
                break;
        }
    }

    /// <summary>Sets the counters of <paramref name="pollIds"/> from their votes (after votes were deleted).</summary>
    public static async Task RecountAsync(BotDbContext db, IReadOnlyCollection<int> pollIds, CancellationToken ct)
    {
        foreach (int pollId in pollIds)
        {
            IQueryable<MeetingPollVote> votes = db.MeetingPollVotes.Where(v => v.PollId == pollId);
            await db.MeetingPollSlots.Where(s => s.PollId == pollId).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.YesCount, s => votes.Count(v => v.SlotId == s.Id && v.Answer == PollAnswer.Yes))
                .SetProperty(s => s.IfNeedBeCount, s => votes.Count(v => v.SlotId == s.Id && v.Answer == PollAnswer.IfNeedBe))
                .SetProperty(s => s.NoCount, s => votes.Count(v => v.SlotId == s.Id && v.Answer == PollAnswer.No)), ct);
            await db.MeetingPolls.Where(p => p.Id == pollId).ExecuteUpdateAsync(u => u
                .SetProperty(p => p.VoterCount, _ => votes.Select(v => v.PersonId).Distinct().Count())
                .SetProperty(p => p.TallyVersion, p => p.TallyVersion + 1), ct);
        }
    }
}
