using Hangfire;

namespace ClustER.Jobs.Scheduling;

/// <summary>
/// Declares a feature's recurring jobs. The bot calls every registration at each start, so the schedule
/// is always the one in the code, whatever the Hangfire storage kept (or, with the in-memory storage of
/// the embedded default, lost).
/// </summary>
/// <example>
/// <code>
/// public void Register(IRecurringJobManager jobs) =>
///     jobs.AddOrUpdate&lt;SendDueRemindersJob&gt;("reminders-due", j => j.RunAsync(CancellationToken.None),
///         "* * * * *", new RecurringJobOptions { TimeZone = rome });
/// </code>
/// </example>
public interface IRecurringJobRegistration
{
    /// <summary>Adds or updates the recurring jobs (stable kebab-case ids, explicit time zone).</summary>
    void Register(IRecurringJobManager jobs);
}
