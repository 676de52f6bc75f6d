using ClustER.Bot.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Hosting;

public sealed class ActivityDeduplicatorTests
{
    private static readonly Task<TurnOutcome> First = Task.FromResult(TurnOutcome.Ok);
    private static readonly Task<TurnOutcome> Retry = Task.FromResult(new TurnOutcome(200, null));

    private static UInt128 Key(string key) => ActivityDeduplicator.KeyOf(key);

    [Fact]
    public void TryClaim_NewKey_IsAFirstDelivery()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());

        Assert.Null(dedup.TryClaim(Key("msteams|conv|1"), First));
        Assert.Null(dedup.TryClaim(Key("msteams|conv|2"), Retry));
    }

    [Fact]
    public void TryClaim_Repeat_GetsTheFirstOutcome()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());
        dedup.TryClaim(Key("msteams|conv|1"), First);

        Assert.Same(First, dedup.TryClaim(Key("msteams|conv|1"), Retry));
    }

    [Fact]
    public void TryClaim_RepeatAfterOneWindow_IsStillRemembered()
    {
        var time = new FakeTimeProvider();
        var dedup = new ActivityDeduplicator(time);
        dedup.TryClaim(Key("msteams|conv|1"), First);

        time.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));
        dedup.TryClaim(Key("msteams|conv|other"), Retry); // rotates the generations

        Assert.Same(First, dedup.TryClaim(Key("msteams|conv|1"), Retry));
    }

    [Fact]
    public void TryClaim_RepeatAfterTwoWindows_IsProcessedAgain()
    {
        var time = new FakeTimeProvider();
        var dedup = new ActivityDeduplicator(time);
        dedup.TryClaim(Key("msteams|conv|1"), First);

        time.Advance(ActivityDeduplicator.Window);
        dedup.TryClaim(Key("msteams|conv|other"), Retry);
        time.Advance(ActivityDeduplicator.Window);

        Assert.Null(dedup.TryClaim(Key("msteams|conv|1"), Retry));
    }

    [Fact]
    public void Forget_ClaimedKey_LetsTheNextDeliveryRun()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());
        dedup.TryClaim(Key("msteams|conv|1"), First);

        dedup.Forget(Key("msteams|conv|1"));

        Assert.Null(dedup.TryClaim(Key("msteams|conv|1"), Retry));
    }

    [Fact]
    public void TryClaim_LongKey_IsRememberedLikeAShortOne()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());
        string key = "msteams|" + new string('c', 2000) + "|1";
        dedup.TryClaim(Key(key), First);

        Assert.Same(First, dedup.TryClaim(Key(key), Retry));
        Assert.Null(dedup.TryClaim(Key(key[..^1] + "2"), Retry));
    }

    [Fact]
    public void Settle_RunningClaim_ARetryGetsTheSettledTask()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());
        var running = new TaskCompletionSource<TurnOutcome>();
        UInt128 key = Key("msteams|conv|1");
        dedup.TryClaim(key, running.Task);

        dedup.Settle(key, running.Task, First);

        Assert.Same(First, dedup.TryClaim(key, Retry));
    }

    [Fact]
    public void Settle_AfterTheClaimWasForgottenAndRetaken_KeepsTheNewClaim()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());
        var stale = new TaskCompletionSource<TurnOutcome>();
        UInt128 key = Key("msteams|conv|1");
        dedup.TryClaim(key, stale.Task);
        dedup.Forget(key);
        var current = new TaskCompletionSource<TurnOutcome>();
        dedup.TryClaim(key, current.Task);

        dedup.Settle(key, stale.Task, First);

        Assert.Same(current.Task, dedup.TryClaim(key, Retry));
    }

    [Fact]
    public void Settle_ClaimInThePreviousGeneration_IsSettledThere()
    {
        var time = new FakeTimeProvider();
        var dedup = new ActivityDeduplicator(time);
        var running = new TaskCompletionSource<TurnOutcome>();
        UInt128 key = Key("msteams|conv|1");
        dedup.TryClaim(key, running.Task);
        time.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));
        dedup.TryClaim(Key("msteams|conv|other"), Retry); // rotates: the claim is now in the previous generation

        dedup.Settle(key, running.Task, First);

        Assert.Same(First, dedup.TryClaim(key, Retry));
    }
}
