namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>
/// One committed change of the knowledge (an import or a staff edit). Its id is the knowledge's revision:
/// a bot instance that sees a newer one reloads what members search.
/// </summary>
public sealed class KnowledgeRevision
{
    public long Id { get; set; }

    /// <summary>What made the change: the folder imported, or <c>chat:{personId}</c>.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CommittedAt { get; set; }

    public int Calls { get; set; }

    public int Events { get; set; }

    public int Faqs { get; set; }

    /// <summary>How many items this change archived.</summary>
    public int Archived { get; set; }
}
