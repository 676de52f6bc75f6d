using ClustER.Jobs.Reminders;
using ClustER.Jobs.Scheduling;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// The reminder sweep as a recurring Hangfire job, registered again at each start (stable id, the
/// association's time zone). Being a sweep over the database, it needs no recovery after a restart.
/// </summary>
internal sealed class ReminderSweepSchedule(IOptions<ReminderOptions> options) : IRecurringJobRegistration
{
    public void Register(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ReminderOptions settings = options.Value;
        jobs.AddOrUpdate<ReminderSweepJob>(ReminderSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), settings.SweepCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.DefaultTimeZone) });
    }
}
