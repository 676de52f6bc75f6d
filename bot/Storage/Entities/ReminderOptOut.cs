namespace ClustER.Bot.Storage.Entities;

/// <summary>A member cancelled the reminders of one item (they still get those of everything else).</summary>
public sealed class ReminderOptOut
{
    public int PersonId { get; set; }

    /// <summary>The item (<c>event:ev-12</c>, <c>meeting:3</c>).</summary>
    public required string ItemKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
