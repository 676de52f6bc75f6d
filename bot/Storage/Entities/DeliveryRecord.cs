namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// The delivery ledger: one row per (kind, subject, occurrence, recipient). Its unique key makes every
/// fan-out idempotent: a retried or duplicated job finds the row and does not send again.
/// </summary>
public sealed class DeliveryRecord
{
    public long Id { get; set; }

    /// <summary>What is delivered, e.g. <c>reminder</c>, <c>newsletter</c>, <c>poll</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The id of the thing delivered (an event, a poll, a newsletter issue).</summary>
    public required string SubjectId { get; set; }

    /// <summary>Which occurrence (e.g. the reminder offset, or an issue number); empty when there is one.</summary>
    public string Occurrence { get; set; } = string.Empty;

    public int PersonId { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>The Connector's id of the sent activity, to update it later (e.g. refresh a card).</summary>
    public string? ActivityId { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The run that claimed the row for sending, so concurrent runs never send the same row.</summary>
    public string? ClaimToken { get; set; }

    /// <summary>When the row was claimed; an in-flight row whose claim is old was interrupted by a crash.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>
    /// When the claiming run committed to sending this row (after the throttle let it through, just before the
    /// Connector call). An interrupted claim without it was never sent and is safe to send again.
    /// </summary>
    public DateTimeOffset? AttemptedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>Where one delivery stands.</summary>
public enum DeliveryStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Unreachable = 3,
    Skipped = 4,

    /// <summary>Claimed by a run and being sent; left so by a crash, it is an uncertain delivery.</summary>
    InFlight = 5,
}
