using ClustER.Bot.Delivery;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Delivery;

public sealed class EfDeliveryLedgerTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new SqliteTestDatabase().WithPeople(Enumerable.Range(1, 200));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EnsurePendingAsync_CalledTwice_AddsEachRecipientOnce()
    {
        using BotDbContext db = _database.CreateContext();
        var ledger = new EfDeliveryLedger(_database.Factory, _time);

        int first = await ledger.EnsurePendingAsync("newsletter", "2027-02", "", [1, 2, 3], default);
        int second = await ledger.EnsurePendingAsync("newsletter", "2027-02", "", [2, 3, 4], default);

        Assert.Equal(3, first);
        Assert.Equal(1, second);
        Assert.Equal(4, await db.Deliveries.CountAsync());
    }

    [Fact]
    public async Task ClaimBatchAsync_TwoConcurrentClaims_NeverShareARow()
    {
        using (BotDbContext setup = _database.CreateContext())
        {
            await new EfDeliveryLedger(_database.Factory, _time).EnsurePendingAsync("poll", "7", "", [.. Enumerable.Range(1, 200)], default);
        }

        using BotDbContext a = _database.CreateContext(), b = _database.CreateContext();
        Task<IReadOnlyList<DeliveryKey>> claimA = new EfDeliveryLedger(_database.Factory, _time).ClaimBatchAsync("poll", "7", "", 150, 5, default);
        Task<IReadOnlyList<DeliveryKey>> claimB = new EfDeliveryLedger(_database.Factory, _time).ClaimBatchAsync("poll", "7", "", 150, 5, default);
        IReadOnlyList<DeliveryKey>[] claims = await Task.WhenAll(claimA, claimB);

        Assert.Empty(claims[0].Select(k => k.PersonId).Intersect(claims[1].Select(k => k.PersonId)));
        Assert.Equal(200, claims[0].Count + claims[1].Count);
    }

    [Fact]
    public async Task RecordAsync_Transient_ReturnsRowToPendingUntilAttemptsRunOutThenFails()
    {
        using BotDbContext db = _database.CreateContext();
        var ledger = new EfDeliveryLedger(_database.Factory, _time);
        await ledger.EnsurePendingAsync("reminder", "call-1", "P3D", [9], default);

        for (int attempt = 0; attempt < 3; attempt++)
        {
            IReadOnlyList<DeliveryKey> batch = await ledger.ClaimBatchAsync("reminder", "call-1", "P3D", 10, maxAttempts: 3, default);
            Assert.Single(batch);
            await ledger.RecordAsync(batch[0], DeliveryResult.Transient("503"), default);
        }

        Assert.Empty(await ledger.ClaimBatchAsync("reminder", "call-1", "P3D", 10, maxAttempts: 3, default));
        DeliveryProgress progress = await ledger.GetProgressAsync("reminder", "call-1", "P3D", default);
        Assert.Equal(1, progress.Failed);
        Assert.Equal(0, progress.Sent);
        Assert.True(progress.IsComplete);
    }

    [Fact]
    public async Task ClaimBatchAsync_RowLeftInFlightPastLease_IsNotResentButRecordedUncertain()
    {
        using BotDbContext db = _database.CreateContext();
        var ledger = new EfDeliveryLedger(_database.Factory, _time);
        await ledger.EnsurePendingAsync("newsletter", "n1", "", [1, 2], default);
        IReadOnlyList<DeliveryKey> claimed = await ledger.ClaimBatchAsync("newsletter", "n1", "", 1, 5, default);
        Assert.True(await ledger.BeginAttemptAsync(claimed[0], default));
        // The process dies here, during the Connector call: the attempted row is never recorded.

        _time.Advance(EfDeliveryLedger.ClaimLease + TimeSpan.FromSeconds(1));
        using BotDbContext fresh = _database.CreateContext();
        IReadOnlyList<DeliveryKey> next = await new EfDeliveryLedger(_database.Factory, _time).ClaimBatchAsync("newsletter", "n1", "", 10, 5, default);

        Assert.DoesNotContain(claimed[0], next);
        Assert.Single(next);
        DeliveryRecord interrupted = await fresh.Deliveries.SingleAsync(d => d.PersonId == claimed[0].PersonId);
        Assert.Equal(DeliveryStatus.Failed, interrupted.Status);
        Assert.StartsWith("uncertain", interrupted.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimBatchAsync_RowClaimedButNeverAttempted_IsPendingAgainAfterTheLease()
    {
        var ledger = new EfDeliveryLedger(_database.Factory, _time);
        await ledger.EnsurePendingAsync("newsletter", "n1", "", [1, 2], default);
        IReadOnlyList<DeliveryKey> claimed = await ledger.ClaimBatchAsync("newsletter", "n1", "", 2, 5, default);
        Assert.True(await ledger.BeginAttemptAsync(claimed[0], default));
        // The process dies while the second row waits for the throttle: it was never sent.

        _time.Advance(EfDeliveryLedger.ClaimLease + TimeSpan.FromSeconds(1));
        var next = new EfDeliveryLedger(_database.Factory, _time);
        IReadOnlyList<DeliveryKey> again = await next.ClaimBatchAsync("newsletter", "n1", "", 10, 5, default);

        Assert.Equal([claimed[1]], again);
        Assert.False(await ledger.BeginAttemptAsync(claimed[1], default)); // the dead run's claim is gone
        Assert.True(await next.BeginAttemptAsync(claimed[1], default));
    }

    [Fact]
    public async Task ReleaseInterruptedAsync_AfterRestart_ReleasesAtOnceWithoutWaitingForTheLease()
    {
        var ledger = new EfDeliveryLedger(_database.Factory, _time);
        await ledger.EnsurePendingAsync("newsletter", "n1", "", [1, 2], default);
        IReadOnlyList<DeliveryKey> claimed = await ledger.ClaimBatchAsync("newsletter", "n1", "", 2, 5, default);
        Assert.True(await ledger.BeginAttemptAsync(claimed[0], default));

        var restarted = new EfDeliveryLedger(_database.Factory, _time);
        Assert.Equal(2, await restarted.ReleaseInterruptedAsync("newsletter", "n1", "", default));
        IReadOnlyList<DeliveryKey> again = await restarted.ClaimBatchAsync("newsletter", "n1", "", 10, 5, default);

        Assert.Equal([claimed[1]], again);
        DeliveryProgress progress = await restarted.GetProgressAsync("newsletter", "n1", "", default);
        Assert.Equal(1, progress.Failed);
    }

    public void Dispose() => _database.Dispose();
}
