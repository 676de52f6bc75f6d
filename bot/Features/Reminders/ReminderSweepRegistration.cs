using ClustER.Jobs.Reminders;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// Registers the reminder sweep as a recurring Hangfire job at start (idempotent: <c>AddOrUpdate</c> with a
/// stable id), in the association's time zone.
/// </summary>
internal sealed class ReminderSweepRegistration(IServiceProvider services, IOptions<ReminderOptions> options, ILogger<ReminderSweepRegistration> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IRecurringJobManager>() is not { } jobs)
        {
            Log.ReminderSweepNotScheduled(logger);
            return Task.CompletedTask;
        }

        ReminderOptions settings = options.Value;
        jobs.AddOrUpdate<ReminderSweepJob>(ReminderSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), settings.SweepCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.DefaultTimeZone) });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
