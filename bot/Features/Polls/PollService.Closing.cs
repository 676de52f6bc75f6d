using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Polls;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Polls;

/// <summary>Closing (at the deadline or early), overriding the chosen slot, extending the deadline.</summary>
internal sealed partial class PollService
{
    /// <summary>The id of the knowledge event a closed poll becomes.</summary>
    public static string EventId(int pollId) => $"wg-poll-{pollId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Closes the poll when its deadline has passed; the current result sequence once closed, null while open.</summary>
    public async Task<int?> CloseIfDueAsync(int pollId, CancellationToken ct)
    {
        MeetingPoll? poll = await db.MeetingPolls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return null;
        }

        if (poll.ClosedAt is not null)
        {
            return poll.ResultSequence;
        }

        if (poll.Deadline > time.GetUtcNow())
        {
            return null; // extended since this close was scheduled
        }

        (CloseOutcome outcome, MeetingPoll? closed) = await CloseAsync(pollId, null, ct);
        return outcome == CloseOutcome.Unknown ? null : closed!.ResultSequence;
    }

    /// <summary>
    /// Closes the poll now, choosing <paramref name="slotId"/> (an override) or the tally's slot; on a closed
    /// poll, an override changes the chosen slot. The caller sends the result (<see cref="ClosePollJob"/>).
    /// </summary>
    public async Task<(CloseOutcome Outcome, MeetingPoll? Poll)> CloseAsync(int pollId, int? slotId, CancellationToken ct)
    {
        MeetingPoll? poll;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Closing in one write transaction whose first write takes the poll as a vote's does: a vote either
            // committed before (and is counted) or sees the poll closed.
            await PollCounters.TakeAsync(db, pollId, ct);
            poll = await db.MeetingPolls.Include(p => p.Slots).FirstOrDefaultAsync(p => p.Id == pollId, ct);
            if (poll is null || (slotId is { } s && poll.Slots.All(x => x.Id != s)))
            {
                return (CloseOutcome.Unknown, null);
            }

            if (poll.ClosedAt is not null && (slotId is null || slotId == poll.ChosenSlotId))
            {
                return (CloseOutcome.AlreadyClosed, poll);
            }

            List<MeetingPollVote> votes = await db.MeetingPollVotes.AsNoTracking().Where(v => v.PollId == pollId).ToListAsync(ct);
            poll.ChosenSlotId = slotId ?? PollTally.Of(poll, votes).Choose().Id;
            poll.ClosedAt ??= time.GetUtcNow();
            poll.ResultSequence++;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        await SaveEventAsync(poll, ct);
        return (CloseOutcome.Closed, poll);
    }

    /// <summary>Moves the deadline of an open poll; the reminder and the close are rescheduled.</summary>
    public async Task<string?> ExtendAsync(int pollId, DateTimeOffset deadline, CancellationToken ct)
    {
        MeetingPoll? poll = await db.MeetingPolls.Include(p => p.Slots).FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return "Vote.Unknown";
        }

        if (poll.ClosedAt is not null)
        {
            return "Vote.Closed";
        }

        if (deadline <= time.GetUtcNow() || deadline <= poll.Deadline)
        {
            return "Extend.Error.Earlier";
        }

        if (deadline >= poll.Slots.Min(s => s.StartsAt))
        {
            return "Form.Error.DeadlineAfterSlot";
        }

        poll.Deadline = deadline;
        Schedule(poll);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return null;
    }

    /// <summary>The meeting in the knowledge, as a working-group meeting of the poll's group.</summary>
    private async Task SaveEventAsync(MeetingPoll poll, CancellationToken ct)
    {
        MeetingPollSlot slot = poll.Slots.Single(s => s.Id == poll.ChosenSlotId);
        var ev = new KnowledgeEvent
        {
            Id = EventId(poll.Id),
            Title = poll.Title,
            Kind = "wg-meeting",
            Start = slot.StartsAt,
            End = slot.EndsAt,
            Location = poll.Place,
            Online = poll.OnlineLink,
            Priorities = [poll.Priority],
            Tags = ["working-group"],
        };
        await knowledge.SaveEventAsync(ev, poll.CreatedByPersonId, ct);
    }
}

/// <summary>What became of a close or an override.</summary>
internal enum CloseOutcome
{
    Closed,
    AlreadyClosed,
    Unknown,
}
