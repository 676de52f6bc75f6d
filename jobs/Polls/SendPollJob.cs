using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Polls;

/// <summary>
/// Sends a meeting poll's card to every member of its working group. Re-entrant: the ledger keys each send
/// by (poll, person), so a retried or duplicated run sends only what is left.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class SendPollJob(IPollMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of poll invitations.</summary>
    public const string LedgerKind = "meeting-poll";

    /// <summary>Sends the cards of poll <paramref name="pollId"/>.</summary>
    [DisplayName("Meeting poll {0}")]
    public async Task RunAsync(int pollId, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> invitees = await messages.InviteesAsync(pollId, cancellationToken);
        await runner.RunAsync(LedgerKind, SubjectId(pollId), string.Empty, invitees,
            (personId, ct) => messages.ComposeInvitationAsync(pollId, personId, ct), cancellationToken);
    }

    /// <summary>The ledger subject of a poll.</summary>
    public static string SubjectId(int pollId) => $"poll:{pollId.ToString(CultureInfo.InvariantCulture)}";
}
