namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// One change of a person's consent to a kind of message, kept as history (GDPR art. 7: the association
/// must be able to show when and how consent was given or withdrawn). The latest row is the current choice.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public int PersonId { get; set; }

    public ConsentTopic Topic { get; set; }

    /// <summary>True: subscribed; false: unsubscribed.</summary>
    public bool Granted { get; set; }

    public ConsentSource Source { get; set; }

    /// <summary>The staff member who recorded it, for <see cref="ConsentSource.Staff"/>.</summary>
    public int? RecordedByPersonId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>What a consent is for.</summary>
public enum ConsentTopic
{
    Newsletter = 1,
    Reminders = 2,
}

/// <summary>How a consent change reached the bot.</summary>
public enum ConsentSource
{
    ChatCommand = 1,
    CardButton = 2,
    Import = 3,
    Staff = 4,
}
