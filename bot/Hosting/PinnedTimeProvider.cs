namespace ClustER.Bot.Hosting;

/// <summary>A clock that always answers the same instant (<c>Clock:Now</c>), while timers still run on real time.</summary>
internal sealed class PinnedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
