namespace ClustER.Bot.Storage.Entities;

/// <summary>A piece of news staff add for the next newsletter ("aggiungi notizia", or an import).</summary>
public sealed class NewsItem
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public string? Url { get; set; }

    /// <summary>The working group (strategic priority 1-11) it is a highlight of; null = general news.</summary>
    public int? Priority { get; set; }

    public int? CreatedByPersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The issue that carried it to members; null while it waits for the next one.</summary>
    public int? SentInIssueId { get; set; }
}
