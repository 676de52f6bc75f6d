namespace ClustER.Jobs.Delivery;

/// <summary>
/// Identifies one delivery: what (kind and subject), which occurrence, to whom. The ledger holds at most
/// one row per key, which is what makes a retried or duplicated job harmless.
/// </summary>
/// <param name="Kind">e.g. <c>reminder</c>, <c>newsletter</c>, <c>poll</c>.</param>
/// <param name="SubjectId">The id of the thing delivered.</param>
/// <param name="Occurrence">Which occurrence (an offset, an issue); empty when there is one.</param>
/// <param name="PersonId">The recipient.</param>
public sealed record DeliveryKey(string Kind, string SubjectId, string Occurrence, int PersonId);
