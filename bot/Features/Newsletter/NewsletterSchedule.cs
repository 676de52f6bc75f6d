using ClustER.Jobs.Newsletter;
using ClustER.Jobs.Scheduling;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The newsletter schedule as a recurring Hangfire job, in the association's time zone, registered at each start.</summary>
internal sealed class NewsletterSchedule(IOptions<NewsletterOptions> options) : IRecurringJobRegistration
{
    public void Register(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        NewsletterOptions settings = options.Value;
        jobs.AddOrUpdate<PrepareNewsletterJob>(PrepareNewsletterJob.RecurringJobId, job => job.RunScheduledAsync(CancellationToken.None), settings.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone) });
    }
}
