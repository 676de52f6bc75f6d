using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Reminders;

/// <summary>The reminder state on the application database, reconciled with the registered subject sources.</summary>
internal sealed partial class EfReminderStore(
    IDbContextFactory<BotDbContext> contexts,
    IEnumerable<IReminderSubjectSource> sources,
    IOptions<ReminderOptions> options,
    Newsletter.ConsentRegistry consent,
    TimeProvider time) : IReminderStore
{
    public async Task ReconcileAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (IReminderSubjectSource source in sources)
        {
            Dictionary<string, ReminderSubject> tracked = await db.ReminderSubjects
                .Where(s => s.Source == source.Name && (s.DueAt > now || s.PendingNotice != null))
                .ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
            var current = (await source.ListAsync(now, cancellationToken)).ToDictionary(s => s.Key, StringComparer.Ordinal);
            string[] missing = [.. tracked.Keys.Where(k => !current.ContainsKey(k) && !tracked[k].IsCancelled)];
            if (missing.Length > 0)
            {
                // Not upcoming any more: moved into the past, or deleted (then the source does not know it).
                IReadOnlyList<ReminderSubjectInfo> found = await source.FindAsync(missing, cancellationToken);
                foreach (ReminderSubjectInfo info in found)
                {
                    current[info.Key] = info;
                }

                foreach (string gone in missing.Where(k => !current.ContainsKey(k)))
                {
                    Cancel(tracked[gone], now);
                }
            }

            foreach (ReminderSubjectInfo info in current.Values)
            {
                if (tracked.TryGetValue(info.Key, out ReminderSubject? row)
                    || (row = await db.ReminderSubjects.FindAsync([info.Key], cancellationToken)) is not null)
                {
                    Apply(row, info, now);
                }
                else if (!info.IsCancelled)
                {
                    db.ReminderSubjects.Add(NewRow(info, now));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SubjectNotice>> ListPendingNoticesAsync(CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReminderSubjects.Where(s => s.PendingNotice != null)
            .Select(s => new SubjectNotice(s.Key, s.PendingNotice!.Value, s.PendingNoticeOccurrence ?? string.Empty))
            .ToListAsync(cancellationToken);
    }

    public async Task CompleteNoticeAsync(SubjectNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ReminderSubjects
            .Where(s => s.Key == notice.SubjectKey && s.PendingNotice == notice.Change && s.PendingNoticeOccurrence == notice.Occurrence)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PendingNotice, (SubjectChange?)null).SetProperty(s => s.PendingNoticeOccurrence, (string?)null), cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderSubjectView>> ListScheduledAsync(DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReminderSubjects.AsNoTracking()
            .Where(s => !s.IsCancelled && s.DueAt > after && s.DueAt <= before)
            .Select(s => new ReminderSubjectView(s.Key, s.Kind, s.DueAt, s.ScheduleFrom))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> RecordDroppedAsync(string subjectKey, string occurrence, IReadOnlyCollection<int> personIds, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        HashSet<int> known = [.. await db.Deliveries
            .Where(d => d.Kind == ReminderSweepJob.ReminderKindName && d.SubjectId == subjectKey && d.Occurrence == occurrence)
            .Select(d => d.PersonId).ToListAsync(cancellationToken)];
        int added = 0;
        foreach (int personId in personIds.Where(known.Add))
        {
            db.Deliveries.Add(new DeliveryRecord
            {
                Kind = ReminderSweepJob.ReminderKindName,
                SubjectId = subjectKey,
                Occurrence = occurrence,
                PersonId = personId,
                Status = DeliveryStatus.Skipped,
                LastError = reason,
                CreatedAt = time.GetUtcNow(),
            });
            added++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return 0; // an overlapping sweep recorded the same rows; the unique key kept one of each
        }

        return added;
    }

    private static ReminderSubject NewRow(ReminderSubjectInfo info, DateTimeOffset now)
    {
        var row = new ReminderSubject
        {
            Key = info.Key,
            Source = info.Source,
            ItemKey = info.ItemKey,
            TitleIt = info.TitleIt,
            TitleEn = info.TitleEn,
            DueAt = info.DueAt,
            ScheduleFrom = now,
            FirstSeenAt = now,
        };
        CopyDetails(row, info, now);
        return row;
    }

    private static void Apply(ReminderSubject row, ReminderSubjectInfo info, DateTimeOffset now)
    {
        bool upcoming = row.DueAt > now;
        if (info.IsCancelled)
        {
            if (!row.IsCancelled)
            {
                Cancel(row, now);
            }
        }
        else if (row.IsCancelled)
        {
            // Reinstated: a fresh schedule from now, nothing to tell (the cancellation notice said what was true then).
            row.IsCancelled = false;
            row.DueAt = info.DueAt;
            row.ScheduleFrom = now;
        }
        else if (info.DueAt != row.DueAt)
        {
            row.DueAt = info.DueAt;
            row.ScheduleFrom = now;
            if (upcoming && info.DueAt > now && !info.NotifiesChangesItself)
            {
                row.PendingNotice = SubjectChange.Moved;
                row.PendingNoticeOccurrence = ReminderOccurrence.Instant(info.DueAt);
            }
        }

        CopyDetails(row, info, now);
    }

    private static void Cancel(ReminderSubject row, DateTimeOffset now)
    {
        row.IsCancelled = true;
        row.UpdatedAt = now;
        if (row.DueAt > now && !row.NotifiesChangesItself)
        {
            row.PendingNotice = SubjectChange.Cancelled;
            row.PendingNoticeOccurrence = ReminderOccurrence.Instant(row.DueAt);
        }
    }

    private static void CopyDetails(ReminderSubject row, ReminderSubjectInfo info, DateTimeOffset now)
    {
        row.ItemKey = info.ItemKey;
        row.Kind = info.Kind;
        row.TitleIt = info.TitleIt;
        row.TitleEn = info.TitleEn;
        row.Location = info.Location;
        row.Audience = info.Audience;
        row.Priorities = string.Join(',', info.Priorities ?? []);
        row.NotifiesChangesItself = info.NotifiesChangesItself;
        row.UpdatedAt = now;
    }
}
