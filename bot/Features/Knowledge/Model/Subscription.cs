namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>
/// A member asked to be reminded of a call or an event ("Remind me"). One per (person, item); the
/// reminders themselves are scheduled from these rows.
/// </summary>
public sealed class Subscription
{
    public long Id { get; set; }

    public int PersonId { get; set; }

    public KnowledgeKind ItemKind { get; set; }

    public required string ItemId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
