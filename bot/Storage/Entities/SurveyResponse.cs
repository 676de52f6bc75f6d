namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// One set of answers to a survey. For a named survey it carries the person and can be edited until the
/// close; for an anonymous one it carries no person and no time (a random key, so neither an id sequence
/// nor a timestamp can be matched against <see cref="SurveyParticipation"/>).
/// </summary>
public sealed class SurveyResponse
{
    public Guid Id { get; set; }

    public int SurveyId { get; set; }

    /// <summary>Who answered; always null for an anonymous survey.</summary>
    public int? PersonId { get; set; }

    /// <summary>The answers by question id: a string, an array of strings, or a number.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>When last saved; null for an anonymous survey.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
}
