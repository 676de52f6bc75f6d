using System.ComponentModel;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Surveys;

/// <summary>
/// Closes a survey at its deadline and sends the results to the staff member who sent it. Re-entrant: a
/// survey already closed is left alone, and the results message is keyed in the ledger so it goes once.
/// </summary>
[AutomaticRetry(Attempts = 5)]
public sealed class CloseSurveyJob(ISurveyMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of the results sent at the close.</summary>
    public const string LedgerKind = "survey-results";

    /// <summary>Closes survey <paramref name="surveyId"/> if it is due (or at once with <paramref name="force"/>).</summary>
    [DisplayName("Close survey {0}")]
    public async Task RunAsync(int surveyId, bool force, CancellationToken cancellationToken)
    {
        if (await messages.CloseAsync(surveyId, force, cancellationToken) is not { } staffId)
        {
            return;
        }

        await runner.RunAsync(LedgerKind, SendSurveyJob.SubjectId(surveyId), string.Empty, [staffId],
            (personId, ct) => messages.ComposeResultsAsync(surveyId, personId, ct), cancellationToken);
    }
}
