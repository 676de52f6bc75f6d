using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Assemblies;

/// <summary>
/// Sends a convocation (or its change, or its cancellation) to everyone convened. Re-entrant: the delivery
/// ledger keys each send by (meeting, change number, person), so a retried or duplicated run sends only
/// what is left, and a change supersedes an unfinished earlier run (its messages compose to null).
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class SendConvocationJob(IMeetingMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of convocations.</summary>
    public const string LedgerKind = "convocation";

    /// <summary>Sends change <paramref name="sequence"/> of meeting <paramref name="meetingId"/>.</summary>
    [DisplayName("Convocation {0} #{1}")]
    public async Task RunAsync(int meetingId, int sequence, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> participants = await messages.ParticipantsAsync(meetingId, cancellationToken);
        await runner.RunAsync(LedgerKind, SubjectId(meetingId), Occurrence(sequence), participants,
            (personId, ct) => messages.ComposeConvocationAsync(meetingId, sequence, personId, ct), cancellationToken);
    }

    /// <summary>The ledger subject of a meeting.</summary>
    public static string SubjectId(int meetingId) => $"meeting:{meetingId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The ledger occurrence of a change.</summary>
    public static string Occurrence(int sequence) => $"seq{sequence.ToString(CultureInfo.InvariantCulture)}";
}
