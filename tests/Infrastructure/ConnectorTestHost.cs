using ClustER.Bot.Connector;
using ClustER.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClustER.Tests.Infrastructure;

/// <summary>
/// The bot's real Connector client (handlers, retries, token cache) wired by the bot's own registration,
/// without the web host, talking to a <see cref="FakeConnector"/> whose serviceUrl is already trusted.
/// </summary>
public sealed class ConnectorTestHost : IAsyncDisposable
{
    /// <summary>The app id used in authenticated mode.</summary>
    public const string AppId = "connector-test-app";

    /// <summary>The client secret used in authenticated mode.</summary>
    public const string AppPassword = "connector-test-secret";

    /// <summary>The tenant used in authenticated mode.</summary>
    public const string TenantId = "connector-test-tenant";

    private readonly ServiceProvider _services;

    private ConnectorTestHost(FakeConnector connector, ServiceProvider services, TestLogSink logs)
    {
        Connector = connector;
        _services = services;
        Logs = logs;
    }

    /// <summary>The fake Connector.</summary>
    public FakeConnector Connector { get; }

    /// <summary>The client under test.</summary>
    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    /// <summary>The container, for other services (the token provider, the serviceUrl registry).</summary>
    public IServiceProvider Services => _services;

    /// <summary>What the client logged.</summary>
    public TestLogSink Logs { get; }

    /// <summary>
    /// Starts a fake Connector and a client for it: with app id and secret (tokens from the fake's token
    /// endpoint) when <paramref name="authenticated"/>, in the local anonymous mode otherwise.
    /// Fast retry delays are set; <paramref name="configuration"/> overrides any key.
    /// </summary>
    public static async Task<ConnectorTestHost> StartAsync(bool authenticated = true, IDictionary<string, string?>? configuration = null)
    {
        FakeConnector connector = await FakeConnector.StartAsync();
        connector.RequireBearerToken = authenticated;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Bot:MicrosoftAppId"] = authenticated ? AppId : string.Empty,
            ["Bot:MicrosoftAppPassword"] = authenticated ? AppPassword : string.Empty,
            ["Bot:TenantId"] = authenticated ? TenantId : string.Empty,
            ["Bot:TokenEndpointTemplate"] = connector.TokenEndpointTemplate,
            ["Connector:BaseDelay"] = "00:00:00.010",
            ["Connector:MaxDelay"] = "00:00:00.050",
            ["Connector:MaxRetryAfter"] = "00:00:05",
        };
        foreach ((string key, string? value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var logs = new TestLogSink();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddBotOptions();
        services.AddConnectorClient();
        ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<ServiceUrlRegistry>().Trust(connector.ServiceUrl);
        return new ConnectorTestHost(connector, provider, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
