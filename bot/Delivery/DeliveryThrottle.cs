using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Delivery;

/// <summary>
/// Paces proactive sends under Teams' limits: one token bucket for the whole app, and sliding windows per
/// conversation. Waiting callers queue; nothing is dropped. One instance per process.
/// </summary>
internal sealed class DeliveryThrottle : IAsyncDisposable
{
    private readonly TokenBucketRateLimiter _global;
    private readonly PartitionedRateLimiter<string> _perConversation;

    public DeliveryThrottle(IOptions<DeliveryOptions> options)
    {
        DeliveryOptions o = options.Value;
        // Refill every 100 ms with a tenth of the rate, and a bucket no larger than that: sends are spread over
        // the second instead of bunched into a burst that earns 429s, and a late timer tick loses little.
        // Slow rates (under 10/s) refill one token per 1/rate seconds.
        (int tokens, TimeSpan period) = o.MessagesPerSecond >= 10
            ? ((int)Math.Round(o.MessagesPerSecond / 10), TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromSeconds(1 / o.MessagesPerSecond));
        _global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _perConversation = PartitionedRateLimiter.CreateChained(
            Window(o.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
            Window(o.PerConversationPer2Seconds, TimeSpan.FromSeconds(2)),
            Window(o.PerConversationPer30Seconds, TimeSpan.FromSeconds(30)));
    }

    /// <summary>Waits until a message may go to <paramref name="conversationId"/>.</summary>
    public async Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        using RateLimitLease conversation = await _perConversation.AcquireAsync(conversationId, 1, cancellationToken);
        using RateLimitLease global = await _global.AcquireAsync(1, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _global.DisposeAsync();
        await _perConversation.DisposeAsync();
    }

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                SegmentsPerWindow = 4,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
}
