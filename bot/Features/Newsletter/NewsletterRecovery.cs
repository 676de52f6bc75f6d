using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Newsletter;
using ClustER.Jobs.Scheduling;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// After a restart, resumes every approved issue whose dispatch did not finish. The rows the dead process left
/// in flight are released first: those it never attempted are sent, those it was sending are recorded as
/// uncertain (not resent). The job then sends only what the ledger says is left, so nobody gets a second copy.
/// </summary>
/// <remarks>Releasing at start assumes one bot instance (the SQLite deployment); with several, the claim lease applies.</remarks>
internal sealed class NewsletterRecovery(IDbContextFactory<BotDbContext> contexts, IDeliveryLedger ledger) : IJobRecovery
{
    public async Task RecoverAsync(IBackgroundJobClient jobs, bool storageIsPersistent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<int> unfinished = await db.NewsletterIssues.AsNoTracking()
            .Where(i => i.Status == NewsletterStatus.Approved || i.Status == NewsletterStatus.Sending).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (int issueId in unfinished)
        {
            string subject = NewsletterLedger.SubjectId(issueId);
            await ledger.ReleaseInterruptedAsync(NewsletterLedger.ProgressKind, subject, string.Empty, cancellationToken);
            await ledger.ReleaseInterruptedAsync(NewsletterLedger.IssueKind, subject, string.Empty, cancellationToken);
            jobs.Enqueue<SendNewsletterJob>(job => job.RunAsync(issueId, CancellationToken.None));
        }
    }
}
