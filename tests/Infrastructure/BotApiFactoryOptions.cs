using ClustER.Bot.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Infrastructure;

/// <summary>How a <see cref="BotApiFactory"/> sets up the bot it starts.</summary>
public sealed class BotApiFactoryOptions
{
    /// <summary>The default order of test features: before all product features.</summary>
    public const int FirstOrder = -1_000_000;

    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>
    /// True: the bot has an app id and validates JWTs against a <see cref="TestTokenIssuer"/>, and gets
    /// outbound tokens from the <see cref="FakeConnector"/>. False (default): the local anonymous mode.
    /// </summary>
    public bool Authenticated { get; set; }

    /// <summary>Configuration overrides (<c>Section:Key</c> → value), applied over the defaults the factory sets.</summary>
    public IDictionary<string, string?> Configuration { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The service registrations to run after the bot's own.</summary>
    public IReadOnlyList<Action<IServiceCollection>> ServiceConfigurations => _services;

    /// <summary>Sets one configuration value.</summary>
    public BotApiFactoryOptions Configure(string key, string? value)
    {
        Configuration[key] = value;
        return this;
    }

    /// <summary>Adds service registrations (test doubles, test-only handlers).</summary>
    public BotApiFactoryOptions ConfigureServices(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// Registers a test-only feature whose routes <paramref name="mapRoutes"/> adds. By default its routes
    /// come before every product feature's, so a test's route takes the turns it selects.
    /// </summary>
    public BotApiFactoryOptions AddFeature(Action<ActivityRouter> mapRoutes, int order = FirstOrder) =>
        ConfigureServices(services => services.AddSingleton<IBotFeature>(new TestFeature(mapRoutes, order)));
}
