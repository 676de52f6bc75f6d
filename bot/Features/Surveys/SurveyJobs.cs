using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Scheduling;
using ClustER.Jobs.Surveys;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// The retention sweep as a recurring job, and, after a restart, the open surveys' unfinished fan-outs, closes
/// and reminder points scheduled again (each job finds in the database and the ledger what is still to do).
/// </summary>
internal sealed class SurveyJobs(IDbContextFactory<BotDbContext> contexts, IOptions<SurveyOptions> options, TimeProvider time) : IRecurringJobRegistration, IJobRecovery
{
    public void Register(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<PurgeSurveyAnswersJob>(PurgeSurveyAnswersJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Value.RetentionCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone) });
    }

    public async Task RecoverAsync(IBackgroundJobClient jobs, bool storageIsPersistent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (storageIsPersistent)
        {
            return; // the scheduled jobs survived with the storage
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<Survey> open = await db.Surveys.AsNoTracking().Where(s => s.State == SurveyState.Open).ToListAsync(cancellationToken);
        foreach (Survey survey in open)
        {
            jobs.Enqueue<SendSurveyJob>(job => job.RunAsync(survey.Id, CancellationToken.None));
            jobs.Schedule<CloseSurveyJob>(job => job.RunAsync(survey.Id, false, CancellationToken.None), survey.ClosesAt);
            SurveySchedule.Reminders(jobs, survey, time.GetUtcNow());
        }
    }
}
