using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClustER.Bot.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClustER.Tests.Infrastructure;

/// <summary>
/// Starts the real bot host on a real loopback port, with its own data folder, a <see cref="FakeConnector"/>
/// for what it sends and, when <see cref="BotApiFactoryOptions.Authenticated"/>, a <see cref="TestTokenIssuer"/>
/// for JWTs. Use it as an xunit class fixture (subclass it with a parameterless constructor to choose
/// options) or start one per test with <see cref="StartAsync"/>.
/// </summary>
public class BotApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The bot's app id in authenticated mode.</summary>
    public const string AppId = "9b1d2c3e-0000-4000-8000-00000000b071";

    /// <summary>The bot's client secret in authenticated mode (test only).</summary>
    public const string AppPassword = "test-only-secret-9f2c";

    /// <summary>The bot's tenant in authenticated mode.</summary>
    public const string TenantId = TestActivities.TenantId;

    private FakeConnector? _connector;
    private HttpClient? _client;
    private Uri? _serverAddress;

    /// <summary>A bot in the local anonymous mode with no extra routes.</summary>
    public BotApiFactory()
        : this(null)
    {
    }

    /// <summary>A bot set up by <paramref name="configure"/>.</summary>
    public BotApiFactory(Action<BotApiFactoryOptions>? configure)
    {
        configure?.Invoke(Options);
        DataDirectory = Path.Combine(Path.GetTempPath(), "clust-er-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    /// <summary>How this bot is set up.</summary>
    public BotApiFactoryOptions Options { get; } = new();

    /// <summary>The fake Connector the bot's activities' serviceUrl points at.</summary>
    public FakeConnector Connector => _connector ?? throw NotStarted();

    /// <summary>The token issuer the bot trusts (authenticated mode only).</summary>
    public TestTokenIssuer? Issuer { get; private set; }

    /// <summary>Everything the bot logged.</summary>
    public TestLogSink Logs { get; } = new();

    /// <summary>The bot's own data folder (<c>Storage:DataDirectory</c>), deleted on dispose.</summary>
    public string DataDirectory { get; }

    /// <summary>The real server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServerAddress => _serverAddress ?? throw NotStarted();

    /// <summary>A client for the real server (over loopback TCP, not in memory).</summary>
    public HttpClient Client => _client ?? throw NotStarted();

    /// <summary>Builds activities whose serviceUrl is <see cref="Connector"/>.</summary>
    public TestActivities Activities => new(Connector.ServiceUrl);

    /// <summary>Starts a bot set up by <paramref name="configure"/>; dispose it when done.</summary>
    public static async Task<BotApiFactory> StartAsync(Action<BotApiFactoryOptions>? configure = null)
    {
        var factory = new BotApiFactory(configure);
        try
        {
            await factory.InitializeAsync();
            return factory;
        }
        catch
        {
            // A bot that fails to start (bad configuration, say) must not leave its doubles and folder behind.
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the doubles, then the bot.</summary>
    public virtual async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        if (Options.Authenticated)
        {
            Issuer = await TestTokenIssuer.StartAsync();
            _connector.RequireBearerToken = true;
        }

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        string address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _serverAddress = new Uri(address.TrimEnd('/') + "/");
        _client = new HttpClient { BaseAddress = _serverAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Posts <paramref name="activity"/> to <c>/api/messages</c>, with a valid token in authenticated mode.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return PostActivityAsync(activity, Issuer is null ? null : CreateToken(activity.ServiceUrl), cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> with exactly <paramref name="bearerToken"/> (null: no Authorization header).</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? bearerToken, CancellationToken cancellationToken = default) =>
        PostJsonAsync(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), bearerToken, cancellationToken);

    /// <summary>Posts raw JSON (or anything) to <c>/api/messages</c>.</summary>
    public async Task<HttpResponseMessage> PostJsonAsync(string body, string? bearerToken = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    /// <summary>A valid channel token for this bot and <paramref name="serviceUrl"/> (default: the fake Connector's).</summary>
    public string CreateToken(string? serviceUrl = null, TestSigningKey key = TestSigningKey.Endorsed) =>
        (Issuer ?? throw new InvalidOperationException("Tokens need Options.Authenticated = true."))
            .CreateToken(new TestToken { Audience = AppId, ServiceUrl = serviceUrl ?? Connector.ServiceUrl, Key = key });

    /// <summary>Reads an invoke response body written to the HTTP response.</summary>
    public static async Task<AdaptiveCardInvokeResponse?> ReadInvokeResponseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        string json = await response.Content.ReadAsStringAsync();
        return json.Length == 0 ? null : JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach ((string key, string? value) in DefaultConfiguration().Concat(Options.Configuration))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
        builder.ConfigureServices(services =>
        {
            foreach (Action<IServiceCollection> configure in Options.ServiceConfigurations)
            {
                configure(services);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }

        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS eventually.
        }

        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private Dictionary<string, string?> DefaultConfiguration()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Bot:Name"] = TestActivities.BotName,
            ["Bot:TokenEndpointTemplate"] = Connector.TokenEndpointTemplate,
            ["Connector:BaseDelay"] = "00:00:00.020",
            ["Connector:MaxDelay"] = "00:00:00.200",
            ["Connector:MaxRetryAfter"] = "00:00:05",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:ClustER"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Authentication"] = "Debug",
            ["Bot:MicrosoftAppId"] = string.Empty,
            ["Bot:MicrosoftAppPassword"] = string.Empty,
            ["Bot:TenantId"] = string.Empty,
        };
        if (Issuer is not null)
        {
            settings["Bot:MicrosoftAppId"] = AppId;
            settings["Bot:MicrosoftAppPassword"] = AppPassword;
            settings["Bot:TenantId"] = TenantId;
            settings["Bot:OpenIdMetadataUrl"] = Issuer.OpenIdMetadataUrl;
            settings["Bot:EntraMetadataUrlTemplate"] = Issuer.EntraMetadataUrlTemplate;
        }

        return settings;
    }

    private static InvalidOperationException NotStarted() => new("The bot is not started: call InitializeAsync (xunit does it for fixtures) or use StartAsync.");
}
