namespace ClustER.Bot.Storage.Entities;

/// <summary>A member asked to be reminded of an item ("remind me about ...").</summary>
public sealed class ReminderSubscription
{
    public int PersonId { get; set; }

    /// <summary>The item (<c>call:hz-2027</c>, <c>event:ev-12</c>).</summary>
    public required string ItemKey { get; set; }

    /// <summary>Reminders that fired before this are not sent.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
