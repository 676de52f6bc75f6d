using System.Globalization;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// Closed polls as reminder subjects: the meeting at the chosen slot, for the members of the working group
/// (the sweep's <see cref="ReminderAudience.WorkingGroups"/> audience). Overrides reach members as a new
/// result, so the sweep does not tell them of the move a second time.
/// </summary>
internal sealed class PollSubjectSource(IDbContextFactory<BotDbContext> contexts) : IReminderSubjectSource
{
    public string Name => "poll";

    public async Task<IReadOnlyList<ReminderSubjectInfo>> ListAsync(DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        List<(MeetingPoll Poll, MeetingPollSlot Slot)> meetings = await MeetingsAsync(null, cancellationToken);
        return [.. meetings.Where(m => m.Slot.StartsAt > dueAfter).Select(Info)];
    }

    public async Task<IReadOnlyList<ReminderSubjectInfo>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        List<int> ids = [.. keys.Select(k => k.Split(':')).Where(p => p.Length == 3 && p[0] == Name && p[1] == "start")
            .Select(p => int.TryParse(p[2], CultureInfo.InvariantCulture, out int id) ? id : 0).Where(id => id > 0)];
        return [.. (await MeetingsAsync(ids, cancellationToken)).Select(Info)];
    }

    public async Task<IReadOnlyList<ReminderSubjectInfo>> SearchAsync(string text, DateTimeOffset dueAfter, CancellationToken cancellationToken) =>
        [.. (await ListAsync(dueAfter, cancellationToken)).Where(s => s.TitleIt.Contains(text, StringComparison.OrdinalIgnoreCase))];

    private async Task<List<(MeetingPoll, MeetingPollSlot)>> MeetingsAsync(List<int>? ids, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        IQueryable<MeetingPoll> closed = db.MeetingPolls.AsNoTracking().Include(p => p.Slots).Where(p => p.ChosenSlotId != null);
        if (ids is not null)
        {
            closed = closed.Where(p => ids.Contains(p.Id));
        }

        List<MeetingPoll> polls = await closed.ToListAsync(ct);
        return [.. polls.Select(p => (p, p.Slots.Single(s => s.Id == p.ChosenSlotId)))];
    }

    private static ReminderSubjectInfo Info((MeetingPoll Poll, MeetingPollSlot Slot) meeting) => new(
        $"poll:start:{meeting.Poll.Id.ToString(CultureInfo.InvariantCulture)}",
        $"poll:{meeting.Poll.Id.ToString(CultureInfo.InvariantCulture)}",
        ReminderKind.Meeting,
        meeting.Poll.Title,
        meeting.Poll.Title,
        meeting.Slot.StartsAt,
        meeting.Poll.Place ?? meeting.Poll.OnlineLink,
        ReminderAudience.WorkingGroups,
        [meeting.Poll.Priority],
        IsCancelled: false,
        NotifiesChangesItself: true);
}
