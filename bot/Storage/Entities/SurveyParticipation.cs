namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// That a person has answered a survey, and nothing of what: it stops a second response and the reminders,
/// for anonymous surveys too (their answers are in <see cref="SurveyResponse"/> without any link to this row).
/// </summary>
public sealed class SurveyParticipation
{
    public int SurveyId { get; set; }

    public int PersonId { get; set; }
}
