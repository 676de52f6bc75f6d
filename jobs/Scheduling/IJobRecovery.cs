using Hangfire;

namespace ClustER.Jobs.Scheduling;

/// <summary>
/// Re-creates a feature's unfinished work from the application database at start: the database is the
/// truth, Hangfire only executes. Needed for one-off jobs (<c>Enqueue</c>, <c>Schedule</c>) because the
/// embedded default keeps Hangfire's queue in memory, so it is empty after a restart.
/// </summary>
/// <remarks>
/// Make it idempotent: it runs at every start, and with a persistent storage (SQL Server) the old jobs may
/// still be queued, so a job must find in the database whether its work is still to do (the delivery
/// ledger). A recurring sweep (<see cref="IRecurringJobRegistration"/>) that picks due work from the
/// database needs no recovery at all, and is the simpler design where it fits.
/// </remarks>
public interface IJobRecovery
{
    /// <summary>Enqueues or schedules again what the database says is still to do.</summary>
    /// <param name="jobs">The job client.</param>
    /// <param name="storageIsPersistent">True when Hangfire's storage survived the restart (its jobs may still be there).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    Task RecoverAsync(IBackgroundJobClient jobs, bool storageIsPersistent, CancellationToken cancellationToken);
}
