using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Surveys;

/// <summary>
/// Reminds the recipients who have not answered, at one of the points staff chose (days before the close).
/// The occurrence is that point, so each reminder goes once per person even if the job runs twice.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class RemindSurveyJob(ISurveyMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of survey reminders.</summary>
    public const string LedgerKind = "survey-reminder";

    /// <summary>Sends the reminder <paramref name="daysBefore"/> days before the close of <paramref name="surveyId"/>.</summary>
    [DisplayName("Survey reminder {0} ({1} days before)")]
    public async Task<DeliveryProgress> RunAsync(int surveyId, int daysBefore, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> pending = await messages.NotAnsweredAsync(surveyId, cancellationToken);
        return await runner.RunAsync(LedgerKind, SendSurveyJob.SubjectId(surveyId), Occurrence(daysBefore), pending,
            (personId, ct) => messages.ComposeReminderAsync(surveyId, personId, ct), cancellationToken);
    }

    /// <summary>The ledger occurrence of a reminder point.</summary>
    public static string Occurrence(int daysBefore) => $"d{daysBefore.ToString(CultureInfo.InvariantCulture)}";
}
