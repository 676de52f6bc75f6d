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
    /// Gives back claims whose send was never attempted (a fan-out cancelled at shutdown): they become pending
    /// again, so the next run sends them; returns how many. Attempted rows and rows no longer in flight are left as they are.
    /// </summary>
    Task<int> ReleaseAsync(IReadOnlyCollection<DeliveryKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a claimed row as being sent now; false when this run no longer holds the claim (it was released
    /// as interrupted and taken by another run), in which case the caller must not send.
    /// </summary>
    Task<bool> BeginAttemptAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>
    /// After a restart of the only instance: rows left in flight by the dead process are released at once instead
    /// of after the claim lease: never attempted ones go back to pending, attempted ones are recorded as uncertain.
    /// </summary>
    Task<int> ReleaseInterruptedAsync(string kind, string subjectId, string occurrence, CancellationToken cancellationToken);

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
