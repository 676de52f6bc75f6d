using System.ComponentModel;
using Hangfire;

namespace ClustER.Jobs.Surveys;

/// <summary>The retention sweep: personal answers of surveys closed longer ago than <c>Surveys:RetentionMonths</c> are deleted.</summary>
[AutomaticRetry(Attempts = 3)]
[DisableConcurrentExecution(timeoutInSeconds: 300)]
public sealed class PurgeSurveyAnswersJob(ISurveyMessages messages)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "surveys-retention";

    /// <summary>Runs the sweep; returns how many surveys had their answers deleted.</summary>
    [DisplayName("Survey answers retention")]
    public Task<int> RunAsync(CancellationToken cancellationToken) => messages.PurgeExpiredAnswersAsync(cancellationToken);
}
