using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Surveys;

/// <summary>
/// Sends a confirmed survey's form to every recipient through the delivery ledger: re-entrant, a retried
/// or duplicated run sends only what is left, at the messenger's rate.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class SendSurveyJob(ISurveyMessages messages, FanOutRunner runner)
{
    /// <summary>The ledger kind of survey forms.</summary>
    public const string LedgerKind = "survey";

    /// <summary>Sends survey <paramref name="surveyId"/>.</summary>
    [DisplayName("Survey {0}")]
    public async Task<DeliveryProgress> RunAsync(int surveyId, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> recipients = await messages.RecipientsAsync(surveyId, cancellationToken);
        return await runner.RunAsync(LedgerKind, SubjectId(surveyId), string.Empty, recipients,
            (personId, ct) => messages.ComposeFormAsync(surveyId, personId, ct), cancellationToken);
    }

    /// <summary>The ledger subject of a survey.</summary>
    public static string SubjectId(int surveyId) => $"survey:{surveyId.ToString(CultureInfo.InvariantCulture)}";
}
