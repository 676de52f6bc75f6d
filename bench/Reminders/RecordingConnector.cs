using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace ClustER.Bench.Reminders;

/// <summary>
/// The Connector's "send to conversation" route on loopback, answering at once and counting what arrives per
/// conversation, so duplicates and missing messages can be told apart.
/// </summary>
internal sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _received = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _total;

    /// <summary>The serviceUrl the bot sends to.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every activity received.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Conversations that received at least one activity.</summary>
    public int Distinct => _received.Count;

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<RecordingConnector> StartAsync(CancellationToken ct)
    {
        var connector = new RecordingConnector();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/v3/conversations/{id}/activities", (string id) =>
        {
            Interlocked.Increment(ref connector._total);
            int n = connector._received.AddOrUpdate(id, 1, (_, c) => c + 1);
            return Results.Json(new Dictionary<string, string> { ["id"] = $"{id}|{n}" });
        });
        await app.StartAsync(ct);
        connector._app = app;
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
