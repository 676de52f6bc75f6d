using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Delivery;

/// <summary>
/// The delivery ledger on the application database. Rows are claimed with a token in one conditional
/// UPDATE, so two runs of the same fan-out (a Hangfire retry overlapping a slow attempt) never send a row twice.
/// </summary>
/// <remarks>
/// Each call uses its own short-lived context, so parallel senders can record at once.
/// A row left in flight by a crash is either never attempted (claimed in a batch, still waiting for the throttle:
/// released to pending, safe to send) or uncertain (marked by <see cref="BeginAttemptAsync"/> just before the
/// Connector call: the Connector may or may not have received it, and Teams offers no way to ask). Uncertain rows
/// are not sent again (at most once); they are recorded as failed with the reason, so reports show them.
/// The uncertain window is the Connector call plus the write of its outcome, a few milliseconds per send.
/// A fan-out cancelled at shutdown gives back at once the claims it never attempted (<see cref="ReleaseAsync(IReadOnlyCollection{DeliveryKey}, CancellationToken)"/>).
/// </remarks>
internal sealed class EfDeliveryLedger(IDbContextFactory<BotDbContext> contexts, TimeProvider time) : IDeliveryLedger
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DeliveryKey, string> _claims = new();

    /// <summary>How long a claim may stay in flight before it is taken as interrupted.</summary>
    internal static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    public Task<int> EnsurePendingAsync(string kind, string subjectId, string occurrence, IReadOnlyCollection<int> personIds, CancellationToken cancellationToken) =>
        EnsurePendingAsync(kind, subjectId, occurrence, personIds, attemptsLeft: 3, cancellationToken);

    private async Task<int> EnsurePendingAsync(string kind, string subjectId, string occurrence, IReadOnlyCollection<int> personIds, int attemptsLeft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        HashSet<int> existing = [.. await db.Deliveries
            .Where(d => d.Kind == kind && d.SubjectId == subjectId && d.Occurrence == occurrence)
            .Select(d => d.PersonId).ToListAsync(cancellationToken)];
        DateTimeOffset now = time.GetUtcNow();
        int added = 0;
        foreach (int personId in personIds.Distinct().Where(id => !existing.Contains(id)))
        {
            db.Deliveries.Add(new DeliveryRecord { Kind = kind, SubjectId = subjectId, Occurrence = occurrence, PersonId = personId, CreatedAt = now });
            added++;
        }

        if (added > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attemptsLeft > 1)
            {
                // A concurrent run inserted some of the same rows; the unique key kept one of each. Try again, fresh.
                return await EnsurePendingAsync(kind, subjectId, occurrence, personIds, attemptsLeft - 1, cancellationToken);
            }
        }

        return added;
    }

    public async Task<IReadOnlyList<DeliveryKey>> ClaimBatchAsync(string kind, string subjectId, string occurrence, int max, int maxAttempts, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        await GiveUpInterruptedAsync(db, kind, subjectId, occurrence, now, cancellationToken);
        await GiveUpExhaustedAsync(db, kind, subjectId, occurrence, maxAttempts, cancellationToken);
        List<long> candidates = await db.Deliveries
            .Where(d => d.Kind == kind && d.SubjectId == subjectId && d.Occurrence == occurrence
                && d.Status == DeliveryStatus.Pending && d.Attempts < maxAttempts)
            .OrderBy(d => d.Id).Select(d => d.Id).Take(max).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        string token = Guid.NewGuid().ToString("N");
        await db.Deliveries
            .Where(d => candidates.Contains(d.Id) && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.InFlight)
                .SetProperty(d => d.ClaimToken, token).SetProperty(d => d.ClaimedAt, now), cancellationToken);
        List<DeliveryKey> claimed = await db.Deliveries.Where(d => d.ClaimToken == token)
            .Select(d => new DeliveryKey(d.Kind, d.SubjectId, d.Occurrence, d.PersonId))
            .ToListAsync(cancellationToken);
        foreach (DeliveryKey key in claimed)
        {
            _claims[key] = token;
        }

        return claimed;
    }

    public async Task<bool> BeginAttemptAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_claims.TryGetValue(key, out string? token))
        {
            return false;
        }

        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deliveries.Where(d => d.Kind == key.Kind && d.SubjectId == key.SubjectId && d.Occurrence == key.Occurrence
                && d.PersonId == key.PersonId && d.ClaimToken == token && d.Status == DeliveryStatus.InFlight)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.AttemptedAt, now), cancellationToken) == 1;
    }

    public async Task<int> ReleaseInterruptedAsync(string kind, string subjectId, string occurrence, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReleaseAsync(db, kind, subjectId, occurrence, DateTimeOffset.MaxValue, cancellationToken);
    }

    public async Task<int> ReleaseAsync(IReadOnlyCollection<DeliveryKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        int released = 0;
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (IGrouping<(string Kind, string SubjectId, string Occurrence), DeliveryKey> run in keys.GroupBy(k => (k.Kind, k.SubjectId, k.Occurrence)))
        {
            List<int> people = [.. run.Select(k => k.PersonId)];
            released += await db.Deliveries
                .Where(d => d.Kind == run.Key.Kind && d.SubjectId == run.Key.SubjectId && d.Occurrence == run.Key.Occurrence
                    && d.Status == DeliveryStatus.InFlight && d.AttemptedAt == null && people.Contains(d.PersonId))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending)
                    .SetProperty(d => d.ClaimToken, (string?)null).SetProperty(d => d.ClaimedAt, (DateTimeOffset?)null), cancellationToken);
        }

        return released;
    }

    public async Task RecordAsync(DeliveryKey key, DeliveryResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(result);
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        DeliveryRecord row = await db.Deliveries.SingleAsync(d => d.Kind == key.Kind && d.SubjectId == key.SubjectId
            && d.Occurrence == key.Occurrence && d.PersonId == key.PersonId, cancellationToken);
        _claims.TryRemove(key, out _);
        row.Attempts++;
        row.ClaimToken = null;
        row.AttemptedAt = null;
        row.LastError = result.Error;
        row.Status = result.Outcome switch
        {
            DeliveryOutcome.Sent => DeliveryStatus.Sent,
            DeliveryOutcome.Unreachable => DeliveryStatus.Unreachable,
            DeliveryOutcome.Skipped => DeliveryStatus.Skipped,
            DeliveryOutcome.Transient => DeliveryStatus.Pending,
            _ => DeliveryStatus.Failed,
        };
        if (result.Outcome == DeliveryOutcome.Sent)
        {
            row.SentAt = time.GetUtcNow();
            row.ActivityId = result.ActivityId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DeliveryProgress> GetProgressAsync(string kind, string subjectId, string occurrence, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Deliveries
            .Where(d => d.Kind == kind && d.SubjectId == subjectId && d.Occurrence == occurrence)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        int Count(DeliveryStatus s) => counts.TryGetValue(s, out int n) ? n : 0;
        return new DeliveryProgress(counts.Values.Sum(), Count(DeliveryStatus.Sent), Count(DeliveryStatus.Pending),
            Count(DeliveryStatus.InFlight), Count(DeliveryStatus.Failed), Count(DeliveryStatus.Unreachable), Count(DeliveryStatus.Skipped));
    }

    private static Task<int> GiveUpExhaustedAsync(BotDbContext db, string kind, string subjectId, string occurrence, int maxAttempts, CancellationToken ct) =>
        db.Deliveries
            .Where(d => d.Kind == kind && d.SubjectId == subjectId && d.Occurrence == occurrence
                && d.Status == DeliveryStatus.Pending && d.Attempts >= maxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Failed), ct);

    private static Task<int> GiveUpInterruptedAsync(BotDbContext db, string kind, string subjectId, string occurrence, DateTimeOffset now, CancellationToken ct) =>
        ReleaseAsync(db, kind, subjectId, occurrence, now - ClaimLease, ct);

    private static async Task<int> ReleaseAsync(BotDbContext db, string kind, string subjectId, string occurrence, DateTimeOffset claimedBefore, CancellationToken ct)
    {
        // Claimed but never attempted: nothing reached the Connector, so the row is simply pending again.
        int released = await db.Deliveries
            .Where(d => d.Kind == kind && d.SubjectId == subjectId && d.Occurrence == occurrence
                && d.Status == DeliveryStatus.InFlight && d.ClaimedAt < claimedBefore && d.AttemptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.ClaimToken, (string?)null), ct);
        return released + await db.Deliveries
            .Where(d => d.Kind == kind && d.SubjectId == subjectId && d.Occurrence == occurrence
                && d.Status == DeliveryStatus.InFlight && d.ClaimedAt < claimedBefore && d.AttemptedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Failed)
                .SetProperty(d => d.ClaimToken, (string?)null)
                .SetProperty(d => d.LastError, "uncertain: interrupted while sending; not resent to avoid a duplicate"), ct);
    }
}
