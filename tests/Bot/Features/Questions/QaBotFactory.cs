using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>
/// The real bot (anonymous loopback mode) on a temporary SQLite database, with the knowledge folder and
/// the pinned clock given, answering through a <see cref="FakeConnector"/>.
/// </summary>
internal sealed class QaBotFactory(string knowledgePath, string? now, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private int _sequence;

    /// <summary>The temporary data directory (database, calendar key).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "clust-er-qa-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Knowledge:Path", knowledgePath);
        builder.UseSetting("Clock:Now", now ?? string.Empty);
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Bot:MicrosoftAppId", string.Empty);
        builder.UseSetting("Knowledge:RevisionPoll", "00:00:01");
        builder.UseSetting("Knowledge:WatchDebounce", "00:00:00.200");
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        // The schema must exist before the knowledge is imported at start: the first hosted service creates it.
        builder.ConfigureTestServices(services => services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemaCreator>()));
    }

    /// <summary>Posts a message from <paramref name="userId"/> and returns the bot's replies to it.</summary>
    public async Task<List<JsonObject>> AskAsync(HttpClient client, FakeConnector connector, string text, string userId = "29:member", string conversationId = "a:member-chat", JsonObject? value = null)
    {
        string id = $"act-{Interlocked.Increment(ref _sequence)}";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Maria Rossi" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ClustER.Bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
            ["text"] = text,
        };
        if (value is not null)
        {
            activity["value"] = value;
        }

        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return connector.RepliesTo(id);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the pool; the temp folder is cleaned by the OS.
        }
    }

    private sealed class SchemaCreator(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            // When main has migrations, the bot applies them itself; until then the model's schema is created here.
            if (!db.Database.GetMigrations().Any())
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
