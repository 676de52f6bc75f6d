using System.Globalization;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Privacy;
using ClustER.Jobs.Scheduling;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// After a restart, enqueues again the staff notice of a recent erasure whose notice did not finish (the process
/// stopped between the commit and the job, or the embedded Hangfire storage lost the queue). The organisation is
/// gone with the erasure by then, so the notice says it is unknown; the ledger stops any second copy.
/// </summary>
internal sealed class ErasureNoticeRecovery(IDbContextFactory<BotDbContext> contexts, TimeProvider time) : IJobRecovery
{
    /// <summary>Older erasures are not announced any more: staff would have heard of them by then, or never will.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public async Task RecoverAsync(IBackgroundJobClient jobs, bool storageIsPersistent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        DateTimeOffset since = time.GetUtcNow() - Window;
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        var erased = await db.People.AsNoTracking().Where(p => p.ErasedAt != null && p.ErasedAt >= since)
            .Select(p => new { p.Id, ErasedAt = p.ErasedAt!.Value }).ToListAsync(cancellationToken);
        foreach (var person in erased)
        {
            string subject = person.Id.ToString(CultureInfo.InvariantCulture);
            List<DeliveryStatus> notices = await db.Deliveries.Where(d => d.Kind == NotifyErasureJob.LedgerKind && d.SubjectId == subject)
                .Select(d => d.Status).ToListAsync(cancellationToken);
            if (notices.Count == 0 || notices.Any(s => s is DeliveryStatus.Pending or DeliveryStatus.InFlight or DeliveryStatus.Failed))
            {
                jobs.Enqueue<NotifyErasureJob>(job => job.RunAsync(person.Id, person.ErasedAt, NotifyErasureJob.UnknownOrganisation, null, CancellationToken.None));
            }
        }
    }
}
