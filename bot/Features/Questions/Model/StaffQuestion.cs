namespace ClustER.Bot.Features.Questions.Model;

/// <summary>
/// A question the bot could not answer and the member handed to the staff. Staff answer it by number
/// ("answer 12 ..."); the answer goes to the member's conversation.
/// </summary>
public sealed class StaffQuestion
{
    /// <summary>The number staff use in "answer {Id}".</summary>
    public int Id { get; set; }

    public int PersonId { get; set; }

    /// <summary>The conversation the member asked in, where the answer is sent.</summary>
    public required string ConversationId { get; set; }

    public required string Text { get; set; }

    /// <summary>The language the member asked in (<c>it</c> or <c>en</c>).</summary>
    public required string Language { get; set; }

    public DateTimeOffset AskedAt { get; set; }

    public string? Answer { get; set; }

    public int? AnsweredByPersonId { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
