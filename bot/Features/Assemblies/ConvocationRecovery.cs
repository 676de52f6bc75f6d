using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Assemblies;
using ClustER.Jobs.Scheduling;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// After a restart, sends again the current convocation of every meeting not yet held, and the answer
/// reminders left pending. Both jobs skip what the delivery ledger already records, so this re-sends nothing:
/// it only finishes fan-outs the restart interrupted (the embedded Hangfire storage forgets its queue).
/// </summary>
internal sealed class ConvocationRecovery(IDbContextFactory<BotDbContext> contexts, TimeProvider time) : IJobRecovery
{
    public async Task RecoverAsync(IBackgroundJobClient jobs, bool storageIsPersistent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        var upcoming = await db.Meetings.AsNoTracking().Where(m => m.FirstCallAt > now).Select(m => new { m.Id, m.Sequence }).ToListAsync(cancellationToken);
        foreach (var meeting in upcoming)
        {
            jobs.Enqueue<SendConvocationJob>(job => job.RunAsync(meeting.Id, meeting.Sequence, CancellationToken.None));
            string subject = SendConvocationJob.SubjectId(meeting.Id);
            if (await db.Deliveries.AnyAsync(d => d.Kind == RemindUnansweredJob.LedgerKind && d.SubjectId == subject && d.Status == DeliveryStatus.Pending, cancellationToken))
            {
                jobs.Enqueue<RemindUnansweredJob>(job => job.RunAsync(meeting.Id, CancellationToken.None));
            }
        }
    }
}
