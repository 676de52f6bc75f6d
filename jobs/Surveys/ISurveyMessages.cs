using ClustER.Jobs.Delivery;

namespace ClustER.Jobs.Surveys;

/// <summary>What the survey jobs need from the bot: the audience, each person's message, and the survey's state changes.</summary>
public interface ISurveyMessages
{
    /// <summary>Everyone the survey goes to, as of now (the audience is resolved when the send job runs).</summary>
    Task<IReadOnlyList<int>> RecipientsAsync(int surveyId, CancellationToken cancellationToken);

    /// <summary>Recipients the survey was delivered to who have not answered yet.</summary>
    Task<IReadOnlyList<int>> NotAnsweredAsync(int surveyId, CancellationToken cancellationToken);

    /// <summary>The form card for <paramref name="personId"/>, or null when the survey is no longer open.</summary>
    Task<OutboundMessage?> ComposeFormAsync(int surveyId, int personId, CancellationToken cancellationToken);

    /// <summary>The reminder with the form, or null when the person answered or the survey closed meanwhile.</summary>
    Task<OutboundMessage?> ComposeReminderAsync(int surveyId, int personId, CancellationToken cancellationToken);

    /// <summary>Closes the survey if open and due (or <paramref name="force"/>); returns the staff member to tell, or null when nothing changed.</summary>
    Task<int?> CloseAsync(int surveyId, bool force, CancellationToken cancellationToken);

    /// <summary>The results for the staff member who sent the survey, in their language.</summary>
    Task<OutboundMessage?> ComposeResultsAsync(int surveyId, int staffPersonId, CancellationToken cancellationToken);

    /// <summary>Deletes the personal answers of surveys closed longer ago than the retention period; returns how many surveys.</summary>
    Task<int> PurgeExpiredAnswersAsync(CancellationToken cancellationToken);
}
