using System.ComponentModel;
using ClustER.Jobs.Delivery;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClustER.Jobs.Reminders;

/// <summary>
/// The one recurring job behind every reminder: each minute it reconciles the subjects with their sources,
/// tells members once about moves and cancellations, and sends the reminders that are due.
/// </summary>
/// <remarks>
/// <para>
/// Why a sweep and not a delayed job per reminder: fire times depend on things that change after
/// scheduling (the subject moves or is cancelled, a member mutes a kind or changes offsets, their time
/// zone changes). Delayed jobs would have to be found and rescheduled on each change, and a lost or
/// duplicated Hangfire job would lose or double a reminder. The sweep recomputes everything from the
/// database each minute, so the database is the only truth: a lost run is made up by the next one
/// (within the grace window), and a duplicated or overlapping run finds the ledger rows already claimed.
/// </para>
/// <para>
/// At most once: every send goes through the delivery ledger, one row per (reminder, subject, occurrence,
/// member), claimed before sending. At least once while reachable: transient failures leave the row pending
/// and are retried (in the same run, and by later sweeps); unreachable members are recorded and skipped.
/// </para>
/// </remarks>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // the next minute's sweep is the retry
[DisableConcurrentExecution(timeoutInSeconds: 10)] // overlapping sweeps would only compete for the same claims
public sealed class ReminderSweepJob(
    IReminderStore store,
    IReminderComposer composer,
    FanOutRunner runner,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderSweepJob> logger)
{
    /// <summary>The recurring job id.</summary>
    public const string RecurringJobId = "reminders-sweep";

    /// <summary>The ledger kind of reminders.</summary>
    public const string ReminderKindName = "reminder";

    /// <summary>The ledger kind of the notices that a subject moved.</summary>
    public const string MovedKindName = "reminder-moved";

    /// <summary>The ledger kind of the notices that a subject was cancelled.</summary>
    public const string CancelledKindName = "reminder-cancelled";

    /// <summary>Runs one sweep.</summary>
    [DisplayName("Reminder sweep")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await store.ReconcileAsync(now, cancellationToken);
        await SendNoticesAsync(cancellationToken);

        ReminderOptions settings = options.Value;
        IReadOnlyList<ReminderSubjectView> subjects = await store.ListScheduledAsync(now, now + ReminderOffsets.Maximum + TimeSpan.FromDays(1), cancellationToken);
        // Soonest first: the "in 1 hour" reminder must not wait behind a large "in 14 days" fan-out.
        foreach (ReminderSubjectView subject in subjects.OrderBy(s => s.DueAt))
        {
            IReadOnlyList<ReminderRecipient> recipients = await store.ListRecipientsAsync(subject.Key, cancellationToken);
            foreach (PlannedOccurrence planned in ReminderPlan.For(subject, recipients, now, settings))
            {
                string occurrence = planned.Occurrence.ToString();
                if (planned.Dropped.Count > 0)
                {
                    int newlyDropped = await store.RecordDroppedAsync(subject.Key, occurrence, planned.Dropped,
                        "missed by more than the grace window (downtime): dropped, never sent late", cancellationToken);
                    if (newlyDropped > 0)
                    {
                        Log.RemindersDropped(logger, newlyDropped, subject.Key, occurrence);
                    }
                }

                if (planned.Due.Count > 0)
                {
                    await runner.RunAsync(ReminderKindName, subject.Key, occurrence, planned.Due,
                        (personId, ct) => composer.ComposeReminderAsync(subject.Key, occurrence, personId, ct), cancellationToken);
                }
            }
        }
    }

    private async Task SendNoticesAsync(CancellationToken ct)
    {
        foreach (SubjectNotice notice in await store.ListPendingNoticesAsync(ct))
        {
            IReadOnlyList<ReminderRecipient> recipients = await store.ListRecipientsAsync(notice.SubjectKey, ct);
            string kind = notice.Change == SubjectChange.Moved ? MovedKindName : CancelledKindName;
            DeliveryProgress progress = await runner.RunAsync(kind, notice.SubjectKey, notice.Occurrence,
                [.. recipients.Select(r => r.PersonId)], (personId, c) => composer.ComposeNoticeAsync(notice, personId, c), ct);
            if (progress.IsComplete)
            {
                await store.CompleteNoticeAsync(notice, ct);
            }
        }
    }
}
