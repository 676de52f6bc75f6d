using System.Globalization;
using ClustER.Bot.Delivery;
using ClustER.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ClustER.Bench.Servers;

/// <summary>
/// The real bot host inside the bench process, for the scenarios that run a job themselves to time it
/// (reminders, surveys, newsletter) or measure its turns directly (polls): production environment, its own data
/// folder, a random loopback port, Warning logs, and no Hangfire server.
/// </summary>
internal static class InProcessBot
{
    /// <summary>
    /// Builds the bot on <paramref name="folder"/> with the scenario's <paramref name="settings"/> on top of the bench's.
    /// <paramref name="messagesPerSecond"/>: the delivery pace; null = unthrottled (a throttle far above anything the
    /// pipeline reaches, since the options' range stops at Teams' 50/s).
    /// </summary>
    public static WebApplication Build(string folder, IReadOnlyDictionary<string, string?> settings, double? messagesPerSecond)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        Dictionary<string, string?> configuration = new()
        {
            ["Storage:DataDirectory"] = folder,
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Jobs:ServerEnabled"] = "false",
            ["Delivery:MessagesPerSecond"] = (messagesPerSecond ?? 50).ToString(CultureInfo.InvariantCulture),
        };

        foreach ((string key, string? value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddClustERBot();
        if (messagesPerSecond is null)
        {
            builder.Services.AddSingleton(new DeliveryThrottle(Options.Create(new DeliveryOptions
            {
                MessagesPerSecond = 1_000_000, PerConversationPerSecond = 7, PerConversationPer2Seconds = 8, PerConversationPer30Seconds = 60,
            })));
        }

        WebApplication app = builder.Build();
        app.UseClustERBot();
        app.MapBotEndpoints();
        return app;
    }
}
