namespace ClustER.Jobs.Delivery;

/// <summary>How one send ended.</summary>
/// <param name="Outcome">The kind of ending.</param>
/// <param name="ActivityId">The sent activity's id (to update it later), when sent.</param>
/// <param name="Error">A short reason, when not sent (never message content).</param>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? ActivityId = null, string? Error = null)
{
    /// <summary>Sent; <paramref name="activityId"/> identifies the message.</summary>
    public static DeliveryResult Sent(string? activityId) => new(DeliveryOutcome.Sent, activityId);

    /// <summary>The person cannot be reached (blocked, uninstalled, never installed).</summary>
    public static DeliveryResult Unreachable(string reason) => new(DeliveryOutcome.Unreachable, Error: reason);

    /// <summary>A failure worth retrying later (throttling, server errors, timeouts).</summary>
    public static DeliveryResult Transient(string reason) => new(DeliveryOutcome.Transient, Error: reason);

    /// <summary>Nothing to send to this person (e.g. they opted out since the fan-out began).</summary>
    public static DeliveryResult Skipped(string reason) => new(DeliveryOutcome.Skipped, Error: reason);

    /// <summary>A failure retrying will not fix.</summary>
    public static DeliveryResult Failed(string reason) => new(DeliveryOutcome.Failed, Error: reason);
}

/// <summary>The kinds of ending of a send.</summary>
public enum DeliveryOutcome
{
    Sent,
    Unreachable,
    Transient,
    Failed,
    Skipped,
}
