namespace ClustER.Jobs.Delivery;

/// <summary>
/// The durable record of every delivery of a fan-out. The database is the truth: a job that runs twice,
/// or again after a crash, asks the ledger what is left instead of remembering.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Adds a pending row for each recipient that has none yet; returns how many were added.</summary>
    Task<int> EnsurePendingAsync(string kind, string subjectId, string occurrence, IReadOnlyCollection<int> personIds, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> rows still to send (pending, or transiently failed fewer than
    /// <paramref name="maxAttempts"/> times), marking them in flight so that no concurrent run sends them too.
    /// </summary>
    Task<IReadOnlyList<DeliveryKey>> ClaimBatchAsync(string kind, string subjectId, string occurrence, int max, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back claims whose send never started (a fan-out cancelled at shutdown): they become pending
    /// again, so the next run sends them. Rows no longer in flight are left as they are.
    /// </summary>
    Task ReleaseAsync(IReadOnlyCollection<DeliveryKey> keys, CancellationToken cancellationToken);

    /// <summary>Records how the send of <paramref name="key"/> ended.</summary>
    Task RecordAsync(DeliveryKey key, DeliveryResult result, CancellationToken cancellationToken);

    /// <summary>Counts rows by status, for progress cards and reports.</summary>
    Task<DeliveryProgress> GetProgressAsync(string kind, string subjectId, string occurrence, CancellationToken cancellationToken);
}

/// <summary>Where a fan-out stands.</summary>
public sealed record DeliveryProgress(int Total, int Sent, int Pending, int InFlight, int Failed, int Unreachable, int Skipped)
{
    /// <summary>True when nothing is left to try.</summary>
    public bool IsComplete => Pending == 0 && InFlight == 0;
}
