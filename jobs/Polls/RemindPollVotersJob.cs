using System.ComponentModel;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Polls;

/// <summary>
/// Reminds the invitees who have not voted, once each: the ledger key has no occurrence, so a run left over
/// from before an extension, or a second run, reaches nobody already reminded.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class RemindPollVotersJob(IPollMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of these reminders.</summary>
    public const string LedgerKind = "meeting-poll-reminder";

    /// <summary>Sends the reminders of poll <paramref name="pollId"/> when they are due.</summary>
    [DisplayName("Meeting poll reminder {0}")]
    public async Task RunAsync(int pollId, CancellationToken cancellationToken)
    {
        // A run scheduled before the deadline was extended is early: the rescheduled one will remind.
        if (!await messages.ReminderDueAsync(pollId, cancellationToken))
        {
            return;
        }

        IReadOnlyList<int> pending = await messages.NotVotedAsync(pollId, cancellationToken);
        await runner.RunAsync(LedgerKind, SendPollJob.SubjectId(pollId), string.Empty, pending,
            (personId, ct) => messages.ComposeReminderAsync(pollId, personId, ct), cancellationToken);
    }
}
