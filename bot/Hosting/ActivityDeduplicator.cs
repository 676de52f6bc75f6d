using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ClustER.Bot.Hosting;

/// <summary>
/// Remembers recently processed activity ids, because channels retry deliveries they think failed.
/// A retried invoke gets the first answer again instead of running twice.
/// </summary>
/// <remarks>
/// In-memory on purpose: retries come within seconds to the same host, and a lookup in the database on
/// every turn would cost more than the rare duplicate after a restart. Jobs have their own durable ledger.
/// <para>
/// Every turn adds an entry that outlives it, so entries are kept small: a 128-bit hash of the key (not
/// the key, whose conversation id is long), in two generations that rotate every <see cref="Window"/>
/// (an entry is remembered between one and two windows), and no cache entry or timer per turn. With a
/// memory cache entry per turn the survivors made every gen0 collection copy them, which was the bot's
/// worst latency under load.
/// </para>
/// </remarks>
internal sealed class ActivityDeduplicator(TimeProvider time)
{
    /// <summary>How long an activity id is remembered at least.</summary>
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _rotation = new();
    private Generations _generations = new(new(), new(), time.GetUtcNow());

    /// <summary>
    /// Claims the activity by its <paramref name="hash"/> (<see cref="KeyOf"/>). Returns null for a first
    /// delivery (the caller processes it), or the task of the first delivery's outcome for a repeat.
    /// </summary>
    public Task<TurnOutcome>? TryClaim(UInt128 hash, Task<TurnOutcome> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Generations generations = Current();
        if (generations.Previous.TryGetValue(hash, out Task<TurnOutcome>? earlier))
        {
            return earlier;
        }

        Task<TurnOutcome> first = generations.Active.GetOrAdd(hash, outcome);
        if (!ReferenceEquals(first, outcome))
        {
            return first;
        }

        // A claim racing a rotation may have landed in the generation that just became the previous one.
        if (generations.Previous.TryGetValue(hash, out earlier))
        {
            generations.Active.TryRemove(new KeyValuePair<UInt128, Task<TurnOutcome>>(hash, outcome));
            return earlier;
        }

        return null;
    }

    /// <summary>
    /// Replaces the remembered <paramref name="running"/> task of <paramref name="hash"/> with
    /// <paramref name="settled"/>, an equivalent completed one, if the entry still holds it.
    /// </summary>
    public void Settle(UInt128 hash, Task<TurnOutcome> running, Task<TurnOutcome> settled)
    {
        Generations generations = Volatile.Read(ref _generations);
        if (!generations.Active.TryUpdate(hash, settled, running))
        {
            generations.Previous.TryUpdate(hash, settled, running);
        }
    }

    /// <summary>Forgets <paramref name="hash"/>, so the next delivery of that activity is processed again.</summary>
    public void Forget(UInt128 hash)
    {
        Generations generations = _generations;
        generations.Active.TryRemove(hash, out _);
        generations.Previous.TryRemove(hash, out _);
    }

    /// <summary>The generations, rotated first when the active one is a window old.</summary>
    private Generations Current()
    {
        Generations generations = Volatile.Read(ref _generations);
        DateTimeOffset now = time.GetUtcNow();
        if (now - generations.Since < Window)
        {
            return generations;
        }

        lock (_rotation)
        {
            generations = _generations;
            if (now - generations.Since >= Window)
            {
                // Two windows without a rotation (an idle bot) leave nothing worth remembering.
                ConcurrentDictionary<UInt128, Task<TurnOutcome>> previous = now - generations.Since >= 2 * Window ? new() : generations.Active;
                generations = new Generations(new(), previous, now);
                Volatile.Write(ref _generations, generations);
            }

            return generations;
        }
    }

    /// <summary>The 128-bit hash the deduplicator remembers <paramref name="key"/> by.</summary>
    public static UInt128 KeyOf(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        int length = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = length > 512 ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[512];
        try
        {
            int written = Encoding.UTF8.GetBytes(key, utf8);
            SHA256.HashData(utf8[..written], digest);
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The entries of the current window, those of the one before, and when the current one began.</summary>
    private sealed record Generations(
        ConcurrentDictionary<UInt128, Task<TurnOutcome>> Active,
        ConcurrentDictionary<UInt128, Task<TurnOutcome>> Previous,
        DateTimeOffset Since);
}
