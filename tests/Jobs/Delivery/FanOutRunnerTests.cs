using System.Collections.Concurrent;
using ClustER.Bot.Delivery;
using ClustER.Jobs.Delivery;
using ClustER.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClustER.Tests.Jobs.Delivery;

public sealed class FanOutRunnerTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new SqliteTestDatabase().WithPeople(Enumerable.Range(1, 200));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentBag<int> _sentTo = [];

    private static readonly OutboundMessage Message = new("hello", null, "it-IT");

    [Fact]
    public async Task RunAsync_RunTwice_SendsEachRecipientExactlyOnce()
    {
        int[] recipients = [.. Enumerable.Range(1, 120)];

        await CreateRunner(AlwaysSends()).RunAsync("newsletter", "n1", "", recipients, Render, default);
        DeliveryProgress second = await CreateRunner(AlwaysSends()).RunAsync("newsletter", "n1", "", recipients, Render, default);

        Assert.Equal(120, _sentTo.Count);
        Assert.Equal(120, _sentTo.Distinct().Count());
        Assert.Equal(120, second.Sent);
        Assert.True(second.IsComplete);
    }

    [Fact]
    public async Task RunAsync_TransientFailure_RetriedWithinTheRun()
    {
        int failuresLeft = 2;
        var messenger = new Mock<IMessenger> { CallBase = true };
        messenger.Setup(m => m.SendAsync(It.IsAny<int>(), It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((int id, OutboundMessage _, CancellationToken _) =>
            {
                if (id == 5 && Interlocked.Decrement(ref failuresLeft) >= 0)
                {
                    return DeliveryResult.Transient("429");
                }

                _sentTo.Add(id);
                return DeliveryResult.Sent($"a{id}");
            });

        DeliveryProgress progress = await CreateRunner(messenger.Object).RunAsync("reminder", "e1", "P1D", [4, 5, 6], Render, default);

        Assert.Equal(3, progress.Sent);
        Assert.Single(_sentTo, id => id == 5);
    }

    [Fact]
    public async Task RunAsync_UnreachableAndFailedRecipients_DoNotStopTheOthers()
    {
        var messenger = new Mock<IMessenger> { CallBase = true };
        messenger.Setup(m => m.SendAsync(It.IsAny<int>(), It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((int id, OutboundMessage _, CancellationToken _) => id switch
            {
                2 => DeliveryResult.Unreachable("MessageWritesBlocked"),
                3 => throw new InvalidOperationException("renderer bug"),
                _ => DeliveryResult.Sent("x"),
            });

        DeliveryProgress progress = await CreateRunner(messenger.Object).RunAsync("survey", "s1", "", [1, 2, 3, 4], Render, default);

        Assert.Equal(2, progress.Sent);
        Assert.Equal(1, progress.Unreachable);
        Assert.True(progress.IsComplete);
    }

    [Fact]
    public async Task RunAsync_CancelledAtShutdown_NextRunSendsTheClaimsNotStarted_NotTheOnesStarted()
    {
        int[] recipients = [.. Enumerable.Range(1, 40)];
        using var shutdown = new CancellationTokenSource();
        var started = new ConcurrentBag<int>();
        var messenger = new Mock<IMessenger> { CallBase = true };
        messenger.Setup(m => m.SendAsync(It.IsAny<int>(), It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (int id, OutboundMessage _, CancellationToken ct) =>
            {
                // The first sends hang on a slow Connector until the host stops: uncertain, maybe delivered.
                started.Add(id);
                if (started.Count >= 4)
                {
                    await shutdown.CancelAsync();
                }

                await Task.Delay(Timeout.Infinite, ct);
                return DeliveryResult.Sent("never");
            });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CreateRunner(messenger.Object, parallelism: 4).RunAsync("reminder", "e1", "P1D", recipients, Render, shutdown.Token));
        DeliveryProgress second = await CreateRunner(AlwaysSends()).RunAsync("reminder", "e1", "P1D", recipients, Render, default);

        // Every claim that never reached the messenger is sent now; the started ones are never resent.
        Assert.Equal(4, started.Count);
        Assert.Equal(recipients.Except(started).Order(), _sentTo.Order());
        Assert.Equal(36, second.Sent);
        Assert.Equal(4, second.InFlight);
    }

    private Task<OutboundMessage?> Render(int personId, CancellationToken ct) => Task.FromResult<OutboundMessage?>(Message);

    private IMessenger AlwaysSends()
    {
        var messenger = new Mock<IMessenger> { CallBase = true };
        messenger.Setup(m => m.SendAsync(It.IsAny<int>(), It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((int id, OutboundMessage _, CancellationToken _) =>
            {
                _sentTo.Add(id);
                return DeliveryResult.Sent($"a{id}");
            });
        return messenger.Object;
    }

    private FanOutRunner CreateRunner(IMessenger messenger, int parallelism = 8) =>
        new(new EfDeliveryLedger(_database.Factory, _time), messenger, NullLogger<FanOutRunner>.Instance) { Parallelism = parallelism };

    public void Dispose() => _database.Dispose();
}
