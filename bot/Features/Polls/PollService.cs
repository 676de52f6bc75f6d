using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Polls;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// Creates meeting polls and schedules their jobs, records votes, and closes, extends or overrides them. Every
/// change of state goes through here, so the rules (one vote per slot and person, no vote after the close)
/// hold whoever asks.
/// </summary>
internal sealed partial class PollService(BotDbContext db, KnowledgeEditor knowledge, IBackgroundJobClient jobs, TimeProvider time)
{
    /// <summary>How long before the deadline the non-voters are reminded.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    /// <summary>
    /// Saves the poll, sends it (Hangfire) and schedules its reminder and its close. A form already submitted (a
    /// double click, or a press on an old copy of the card) creates nothing: its poll comes back with
    /// <c>Created</c> false.
    /// </summary>
    public async Task<(MeetingPoll Poll, bool Created)> CreateAsync(PollForm form, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await FromFormAsync(form.FormId, ct) is { } earlier)
        {
            return (earlier, false);
        }

        var poll = new MeetingPoll
        {
            Priority = form.Priority,
            Title = form.Title,
            Place = form.Place,
            OnlineLink = form.OnlineLink,
            Deadline = form.Deadline,
            VotesVisibleToAll = form.VotesVisibleToAll,
            CreatedByPersonId = personId,
            CreatedAt = time.GetUtcNow(),
            FormId = form.FormId,
            Uid = $"{Guid.NewGuid():N}@clust-er.bot",
            Slots = [.. form.Slots.Select((s, i) => new MeetingPollSlot { Position = i + 1, StartsAt = s.StartsAt, DurationMinutes = s.DurationMinutes })],
        };
        db.MeetingPolls.Add(poll);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (form.FormId is not null)
        {
            // The same form submitted twice at once: the unique form id let the other submit win.
            db.ChangeTracker.Clear();
            return (await FromFormAsync(form.FormId, ct) ?? throw new InvalidOperationException("The poll's insert failed."), false);
        }

        jobs.Enqueue<SendPollJob>(job => job.RunAsync(poll.Id, CancellationToken.None));
        Schedule(poll);
        await db.SaveChangesAsync(ct);
        return (poll, true);
    }

    private Task<MeetingPoll?> FromFormAsync(string? formId, CancellationToken ct) => formId is null
        ? Task.FromResult<MeetingPoll?>(null)
        : db.MeetingPolls.AsNoTracking().Include(p => p.Slots).FirstOrDefaultAsync(p => p.FormId == formId, ct);

    /// <summary>
    /// Records <paramref name="answers"/> (slot id to answer) of <paramref name="personId"/>, replacing earlier ones.
    /// The check that the poll is open and the writes share one transaction, which SQLite serialises with the close.
    /// The poll read there comes back with the outcome, so the answer's card need not read it again.
    /// </summary>
    public async Task<(VoteOutcome Outcome, MeetingPoll? Poll)> VoteAsync(int pollId, int personId, IReadOnlyDictionary<int, PollAnswer> answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answers);
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await TryVoteAsync(pollId, personId, answers, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent first vote of the same person (a double click) inserted the row: update it instead.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(VoteOutcome Outcome, MeetingPoll? Poll)> TryVoteAsync(int pollId, int personId, IReadOnlyDictionary<int, PollAnswer> answers, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await PollCounters.TakeOpenAsync(db, pollId, time.GetUtcNow(), ct))
        {
            MeetingPoll? closed = await db.MeetingPolls.AsNoTracking().Include(p => p.Slots).FirstOrDefaultAsync(p => p.Id == pollId, ct);
            return (closed is null ? VoteOutcome.Unknown : VoteOutcome.Closed, closed);
        }

        MeetingPoll poll = await db.MeetingPolls.Include(p => p.Slots).FirstAsync(p => p.Id == pollId, ct);
        if (!await db.WorkingGroupMemberships.AnyAsync(m => m.Priority == poll.Priority && m.PersonId == personId, ct))
        {
            // Not committed: the transaction's first write is rolled back with it.
            return (VoteOutcome.NotInvited, poll);
        }

        List<MeetingPollVote> mine = await db.MeetingPollVotes.Where(v => v.PollId == pollId && v.PersonId == personId).ToListAsync(ct);
        bool firstVote = mine.Count == 0;
        DateTimeOffset now = time.GetUtcNow();
        foreach (MeetingPollSlot slot in poll.Slots.Where(s => answers.ContainsKey(s.Id)))
        {
            PollAnswer answer = answers[slot.Id];
            MeetingPollVote? vote = mine.FirstOrDefault(v => v.SlotId == slot.Id);
            if (vote is null)
            {
                db.MeetingPollVotes.Add(new MeetingPollVote { PollId = pollId, SlotId = slot.Id, PersonId = personId, Answer = answer, UpdatedAt = now });
                PollCounters.Add(slot, answer, 1);
            }
            else if (vote.Answer != answer)
            {
                PollCounters.Add(slot, vote.Answer, -1);
                PollCounters.Add(slot, answer, 1);
                vote.Answer = answer;
                vote.UpdatedAt = now;
            }
        }

        if (firstVote && db.ChangeTracker.HasChanges())
        {
            poll.VoterCount++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (VoteOutcome.Saved, poll);
    }

    private void Schedule(MeetingPoll poll)
    {
        DateTimeOffset remindAt = poll.Deadline - ReminderLead;
        if (poll.ReminderJobId is { } oldReminder)
        {
            jobs.Delete(oldReminder);
        }

        if (poll.CloseJobId is { } oldClose)
        {
            jobs.Delete(oldClose);
        }

        poll.ReminderJobId = remindAt > time.GetUtcNow() ? jobs.Schedule<RemindPollVotersJob>(job => job.RunAsync(poll.Id, CancellationToken.None), remindAt) : null;
        poll.CloseJobId = jobs.Schedule<ClosePollJob>(job => job.RunAsync(poll.Id, CancellationToken.None), poll.Deadline);
    }
}

/// <summary>What became of a vote.</summary>
internal enum VoteOutcome
{
    Saved,
    Closed,
    NotInvited,
    Unknown,
}
