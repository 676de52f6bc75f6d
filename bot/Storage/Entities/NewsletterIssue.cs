namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// One newsletter issue, from draft to sent. Its content is frozen as JSON when the draft is built (and
/// rebuilt on edit), so what staff approve is exactly what every member receives, whenever the dispatch runs.
/// </summary>
public sealed class NewsletterIssue
{
    public int Id { get; set; }

    /// <summary>What asked for it (<c>scheduled:2026-12</c>, <c>manual:...</c>); unique, so a retried job finds its draft.</summary>
    public required string RequestKey { get; set; }

    public NewsletterStatus Status { get; set; }

    /// <summary>Incremented by each rebuild or edit; each revision gets its own preview.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The staff's note at the top of the issue (set with Edit).</summary>
    public string? Intro { get; set; }

    /// <summary>The frozen content model (<c>NewsletterContent</c> as JSON).</summary>
    public required string ContentJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PostponedUntil { get; set; }

    public int? ApprovedByPersonId { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>Where an issue stands.</summary>
public enum NewsletterStatus
{
    Draft = 0,
    Postponed = 1,
    Approved = 2,
    Sending = 3,
    Sent = 4,

    /// <summary>A later draft replaced it before approval.</summary>
    Superseded = 5,
}
