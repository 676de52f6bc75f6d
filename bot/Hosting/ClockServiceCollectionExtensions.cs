using System.Globalization;

namespace ClustER.Bot.Hosting;

/// <summary>Registers the one <see cref="TimeProvider"/> every "now" in the bot comes from.</summary>
internal static class ClockServiceCollectionExtensions
{
    /// <summary>The real clock, or the pinned one when <c>Clock:Now</c> is set.</summary>
    /// <exception cref="InvalidOperationException"><c>Clock:Now</c> is not a date-time.</exception>
    public static IServiceCollection AddBotClock(this IServiceCollection services, IConfiguration configuration)
    {
        string? pinned = configuration[$"{ClockOptions.SectionName}:{nameof(ClockOptions.Now)}"];
        if (string.IsNullOrWhiteSpace(pinned))
        {
            services.AddSingleton(TimeProvider.System);
            return services;
        }

        if (!DateTimeOffset.TryParse(pinned, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset now))
        {
            throw new InvalidOperationException($"Configuration key 'Clock:Now' is not an ISO 8601 date-time: '{pinned}'.");
        }

        services.AddSingleton<TimeProvider>(new PinnedTimeProvider(now));
        return services;
    }
}
