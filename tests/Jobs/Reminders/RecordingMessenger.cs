using System.Collections.Concurrent;
using ClustER.Jobs.Delivery;

namespace ClustER.Tests.Jobs.Reminders;

/// <summary>A messenger that records what it sends, and can fail for chosen people.</summary>
internal sealed class RecordingMessenger(TimeProvider time) : IMessenger
{
    private readonly ConcurrentDictionary<int, int> _transientFailuresLeft = new();
    private readonly ConcurrentBag<int> _unreachable = [];
    private int _activity;

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public void FailTransiently(int personId, int times) => _transientFailuresLeft[personId] = times;

    public void MakeUnreachable(int personId) => _unreachable.Add(personId);

    public Task<DeliveryResult> SendAsync(int personId, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (_unreachable.Contains(personId))
        {
            return Task.FromResult(DeliveryResult.Unreachable("MessageWritesBlocked"));
        }

        if (_transientFailuresLeft.TryGetValue(personId, out int left) && left > 0)
        {
            _transientFailuresLeft[personId] = left - 1;
            return Task.FromResult(DeliveryResult.Transient("503"));
        }

        Sent.Enqueue(new SentMessage(personId, message, time.GetUtcNow()));
        return Task.FromResult(DeliveryResult.Sent($"a{Interlocked.Increment(ref _activity)}"));
    }

    public Task<DeliveryResult> UpdateAsync(int personId, string activityId, OutboundMessage message, CancellationToken cancellationToken) =>
        SendAsync(personId, message, cancellationToken);

    public IReadOnlyList<SentMessage> To(int personId) => [.. Sent.Where(s => s.PersonId == personId).OrderBy(s => s.At)];
}

/// <summary>One recorded send.</summary>
internal sealed record SentMessage(int PersonId, OutboundMessage Message, DateTimeOffset At)
{
    public string Text => Message.Text;
}
