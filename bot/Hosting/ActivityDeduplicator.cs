using Microsoft.Extensions.Caching.Memory;

namespace ClustER.Bot.Hosting;

/// <summary>
/// Remembers recently processed activity ids, because channels retry deliveries they think failed.
/// A retried invoke gets the first answer again instead of running twice.
/// </summary>
/// <remarks>
/// In-memory on purpose: retries come within seconds to the same host, and a lookup in the database on
/// every turn would cost more than the rare duplicate after a restart. Jobs have their own durable ledger.
/// </remarks>
internal sealed class ActivityDeduplicator(IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Claims the activity. Returns null for a first delivery (the caller processes it), or the task
    /// of the first delivery's outcome for a repeat.
    /// </summary>
    public Task<TurnOutcome>? TryClaim(string key, Task<TurnOutcome> outcome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var options = new MemoryCacheEntryOptions { AbsoluteExpiration = time.GetUtcNow().Add(Window), Size = 1 };
        Task<TurnOutcome> first = cache.GetOrCreate(key, entry =>
        {
            entry.SetOptions(options);
            return outcome;
        })!;
        return ReferenceEquals(first, outcome) ? null : first;
    }

    /// <summary>Forgets <paramref name="key"/>, so the next delivery of that activity is processed again.</summary>
    public void Forget(string key) => cache.Remove(key);
}
