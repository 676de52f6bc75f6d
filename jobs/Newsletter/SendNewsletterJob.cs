using System.ComponentModel;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Newsletter;

/// <summary>
/// Sends an approved issue to every consenting member through the delivery ledger, while the staff's
/// progress cards update in place, then turns them into the final report. Re-entrant: after a crash or a
/// retry it sends only what the ledger says is left, so each member gets one copy.
/// </summary>
[AutomaticRetry(Attempts = 5)]
public sealed class SendNewsletterJob(INewsletterDesk desk, FanOutRunner runner, IDeliveryLedger ledger, IMessenger messenger)
{
    /// <summary>Sends issue <paramref name="issueId"/>; does nothing unless it was approved.</summary>
    [DisplayName("Newsletter issue {0}")]
    public async Task RunAsync(int issueId, CancellationToken cancellationToken)
    {
        if (!await desk.BeginSendingAsync(issueId, cancellationToken))
        {
            return;
        }

        string subject = NewsletterLedger.SubjectId(issueId);
        IReadOnlyList<int> recipients = await desk.RecipientsAsync(cancellationToken);
        await ledger.EnsurePendingAsync(NewsletterLedger.IssueKind, subject, string.Empty, recipients, cancellationToken);
        DeliveryProgress start = await ledger.GetProgressAsync(NewsletterLedger.IssueKind, subject, string.Empty, cancellationToken);
        IReadOnlyList<int> staff = await desk.StaffAsync(cancellationToken);
        await runner.RunAsync(NewsletterLedger.ProgressKind, subject, string.Empty, staff,
            async (staffId, ct) => await desk.ComposeProgressAsync(issueId, staffId, start, ct),
            cancellationToken);

        DeliveryProgress final = await runner.RunAsync(NewsletterLedger.IssueKind, subject, string.Empty, recipients,
            (personId, ct) => desk.ComposeIssueAsync(issueId, personId, ct), cancellationToken,
            progress => UpdateProgressCardsAsync(issueId, progress, cancellationToken));
        if (final.IsComplete)
        {
            await desk.CompleteAsync(issueId, cancellationToken);
        }

        await UpdateProgressCardsAsync(issueId, final, cancellationToken);
    }

    private async Task UpdateProgressCardsAsync(int issueId, DeliveryProgress progress, CancellationToken ct)
    {
        foreach ((int personId, string activityId) in await desk.ProgressCardsAsync(issueId, ct))
        {
            OutboundMessage card = await desk.ComposeProgressAsync(issueId, personId, progress, ct);
            await messenger.UpdateAsync(personId, activityId, card, ct);
        }
    }
}
