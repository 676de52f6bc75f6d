using System.Net;
using ClustER.Bot.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The real bot (<c>Program</c>) on a real Kestrel socket on 127.0.0.1 with a free port, in local anonymous
/// mode with its own data directory, so an external client (the Playground) can talk to it over HTTP.
/// </summary>
public sealed class KestrelBotFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <summary>Creates the factory; call <see cref="Start"/> to listen.</summary>
    /// <param name="dataDirectory">The bot's <c>Storage:DataDirectory</c> (a fresh temporary folder).</param>
    /// <param name="configureServices">Extra test services (e.g. a test-only <see cref="IBotFeature"/>).</param>
    public KestrelBotFactory(string dataDirectory, Action<IServiceCollection>? configureServices = null)
    {
        _dataDirectory = dataDirectory;
        _configureServices = configureServices;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The instant the end-to-end bot takes as now (<c>Clock:Now</c>).</summary>
    public static readonly DateTimeOffset PinnedNow = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Every request to <c>/api/messages</c>, with the bot's answer.</summary>
    public BotTrafficRecorder Traffic { get; } = new();

    /// <summary>The bot's base address (http://127.0.0.1:PORT), known after <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The bot's messaging endpoint, as a channel would call it.</summary>
    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>Starts Kestrel and reads the port it bound.</summary>
    public void Start()
    {
        StartServer();
        IServerAddressesFeature addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        string address = addresses.Addresses.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Bot:MicrosoftAppId", string.Empty);
        builder.UseSetting("Bot:MicrosoftAppPassword", string.Empty);
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // The demo knowledge is dated around the bot's first release; a pinned clock keeps its events upcoming.
        builder.UseSetting("Clock:Now", PinnedNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new RecorderStartupFilter(Traffic));
            _configureServices?.Invoke(services);
        });
    }

    private sealed class RecorderStartupFilter(BotTrafficRecorder traffic) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) => traffic.RecordAsync(http, () => nextMiddleware(http), "/api/messages"));
            next(app);
        };
    }
}
