using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace ClustER.Bench.Newsletter;

/// <summary>
/// A fake Connector that enforces Teams-like limits: at most 50 sends per second for the app (sliding one-second
/// window) and 7 per second per conversation; beyond that it answers 429 with <c>Retry-After: 1</c>. It counts
/// the accepted sends per conversation (duplicates, missing) and the 429s it gave.
/// </summary>
internal sealed class LimitingConnector : IAsyncDisposable
{
    private const int AppPerSecond = 50;
    private const int ConversationPerSecond = 7;
    private readonly ConcurrentDictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<long>> _perConversation = new(StringComparer.Ordinal);
    private readonly Queue<long> _app = new();
    private readonly object _gate = new();
    private WebApplication? _host;
    private int _total;
    private int _throttled;

    /// <summary>The serviceUrl the bot sends to.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Accepted sends.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>429s answered.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Conversations that received at least one send.</summary>
    public int Distinct => _received.Count;

    /// <summary>Starts on a free loopback port.</summary>
    public static async Task<LimitingConnector> StartAsync(CancellationToken ct)
    {
        var connector = new LimitingConnector();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/v3/conversations/{id}/activities", (string id, HttpContext http) => connector.Accept(id, http));
        app.MapPut("/v3/conversations/{id}/activities/{activityId}", (string id, string activityId) => Results.Json(new Dictionary<string, string> { ["id"] = activityId }));
        await app.StartAsync(ct);
        connector._host = app;
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    private IResult Accept(string id, HttpContext http)
    {
        long now = Environment.TickCount64;
        lock (_gate)
        {
            Queue<long> conversation = _perConversation.GetOrAdd(id, _ => new Queue<long>());
            Trim(_app, now);
            Trim(conversation, now);
            if (_app.Count >= AppPerSecond || conversation.Count >= ConversationPerSecond)
            {
                Interlocked.Increment(ref _throttled);
                http.Response.Headers.RetryAfter = "1";
                return Results.Json(new Dictionary<string, object> { ["error"] = new Dictionary<string, string> { ["code"] = "TooManyRequests" } }, statusCode: 429);
            }

            _app.Enqueue(now);
            conversation.Enqueue(now);
        }

        Interlocked.Increment(ref _total);
        int n = _received.AddOrUpdate(id, 1, (_, c) => c + 1);
        return Results.Json(new Dictionary<string, string> { ["id"] = $"{id}|{n}" });
    }

    private static void Trim(Queue<long> window, long now)
    {
        while (window.Count > 0 && now - window.Peek() >= 1000)
        {
            window.Dequeue();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
