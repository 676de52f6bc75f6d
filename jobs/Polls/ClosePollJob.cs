using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Polls;

/// <summary>
/// Closes a meeting poll at its deadline and sends the result to everyone invited. Also run after an early
/// close or an override: it then only sends the current result. Re-entrant: the ledger keys each result
/// by (poll, result sequence, person); a run left over from before an extension finds the poll open and stops.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class ClosePollJob(IPollMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of poll results.</summary>
    public const string LedgerKind = "meeting-poll-result";

    /// <summary>Closes poll <paramref name="pollId"/> if due and sends its result.</summary>
    [DisplayName("Close meeting poll {0}")]
    public async Task RunAsync(int pollId, CancellationToken cancellationToken)
    {
        int? sequence = await messages.CloseIfDueAsync(pollId, cancellationToken);
        if (sequence is not { } current)
        {
            return;
        }

        IReadOnlyList<int> invitees = await messages.InviteesAsync(pollId, cancellationToken);
        await runner.RunAsync(LedgerKind, SendPollJob.SubjectId(pollId), $"seq{current.ToString(CultureInfo.InvariantCulture)}", invitees,
            (personId, ct) => messages.ComposeResultAsync(pollId, current, personId, ct), cancellationToken);
    }
}
