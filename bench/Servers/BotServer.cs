using System.Net;
using ClustER.Bot.Routing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace ClustER.Bench.Servers;

/// <summary>
/// The real bot (bot/Program.cs, production environment, anonymous mode, SQLite in a fresh folder) on Kestrel,
/// with one bench-only feature that answers "bench ping" with a short text.
/// </summary>
internal sealed class BotServer(string dataDirectory, IReadOnlyList<string> settings) : WebApplicationFactory<global::Program>
{
    /// <summary>Runs the bot until the process is killed.</summary>
    /// <param name="dataDirectory">The bot's <c>Storage:DataDirectory</c>.</param>
    /// <param name="settings">Extra configuration as <c>Key=Value</c> (e.g. a log level), applied last.</param>
    public static async Task RunAsync(string dataDirectory, IReadOnlyList<string> settings)
    {
        await using var bot = new BotServer(dataDirectory, settings);
        bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        bot.StartServer();
        string address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Console.WriteLine(ServeMode.ListeningPrefix + address);
        await Task.Delay(Timeout.Infinite);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The bot's appsettings.json is copied next to the bench; the bench may be started from any folder.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Bot:MicrosoftAppId", string.Empty);
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        foreach (string setting in settings)
        {
            string[] pair = setting.Split('=', 2);
            builder.UseSetting(pair[0], pair.Length == 2 ? pair[1] : string.Empty);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBotFeature, BenchFeature>();
            services.AddScoped<BenchPingHandler>();
            services.AddSingleton<IStartupFilter, StatsStartupFilter>();
        });
    }

    private sealed class StatsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/_bench/stats", branch => branch.Run(ServerStats.WriteAsync));
            next(app);
        };
    }
}
