using System.ComponentModel;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Assemblies;

/// <summary>
/// Reminds the participants who have not answered a convocation, once each: the ledger key has no
/// occurrence, so pressing the button again reaches only people not reminded before.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class RemindUnansweredJob(IMeetingMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of these reminders.</summary>
    public const string LedgerKind = "convocation-reminder";

    /// <summary>Sends the reminders of meeting <paramref name="meetingId"/>.</summary>
    [DisplayName("Answer reminder {0}")]
    public async Task RunAsync(int meetingId, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> pending = await messages.NotAnsweredAsync(meetingId, cancellationToken);
        await runner.RunAsync(LedgerKind, SendConvocationJob.SubjectId(meetingId), string.Empty, pending,
            (personId, ct) => messages.ComposeAnswerReminderAsync(meetingId, personId, ct), cancellationToken);
    }
}
