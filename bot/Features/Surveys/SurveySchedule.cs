using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Surveys;
using Hangfire;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Schedules a survey's reminder points still ahead (days before the close).</summary>
internal static class SurveySchedule
{
    /// <summary>One scheduled reminder job per point after <paramref name="now"/>; the ledger makes each go once per person.</summary>
    public static void Reminders(IBackgroundJobClient jobs, Survey survey, DateTimeOffset now)
    {
        foreach (int days in SurveyService.ReminderPoints(survey.ReminderDays))
        {
            DateTimeOffset at = survey.ClosesAt.AddDays(-days);
            if (at > now)
            {
                jobs.Schedule<RemindSurveyJob>(job => job.RunAsync(survey.Id, days, CancellationToken.None), at);
            }
        }
    }
}
