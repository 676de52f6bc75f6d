namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>
/// What calls, events and FAQ answers have in common as stored rows: the staff's stable id, where the
/// current version came from, and the archive flag that replaces deletion (subscriptions keep their target).
/// </summary>
public abstract class KnowledgeEntity
{
    /// <summary>The stable id from the knowledge files (or chosen by staff in chat).</summary>
    public required string Id { get; set; }

    /// <summary>Where the current version came from: <see cref="KnowledgeOrigin.File"/> or <see cref="KnowledgeOrigin.Chat"/>.</summary>
    public KnowledgeOrigin Origin { get; set; }

    /// <summary>A hash of the item as last imported from a file; an unchanged item keeps a later staff edit.</summary>
    public string? ImportedHash { get; set; }

    /// <summary>True once the item disappeared from the files; archived items are never shown to members.</summary>
    public bool IsArchived { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Where a knowledge item's current version came from.</summary>
public enum KnowledgeOrigin
{
    /// <summary>The knowledge folder (start, file change or the import command).</summary>
    File = 0,

    /// <summary>A staff member's card form in chat.</summary>
    Chat = 1,
}
