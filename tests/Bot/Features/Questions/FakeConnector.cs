using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>
/// A minimal Bot Framework Connector on a loopback port that records every activity the bot sends
/// (replies, proactive messages, updates). A local stand-in for the shared test infrastructure.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, string? ReplyToId, JsonObject Activity)> _received = new();

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on inbound activities.</summary>
    public string ServiceUrl => _app.Urls.First().TrimEnd('/') + "/";

    /// <summary>Every activity received, in order.</summary>
    public IReadOnlyList<(string ConversationId, string? ReplyToId, JsonObject Activity)> Received => [.. _received];

    public static async Task<FakeConnector> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (string conversationId, string? replyToId, HttpRequest request) =>
        {
            JsonObject activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            connector._received.Enqueue((conversationId, replyToId, activity));
            return Results.Json(new { id = $"sent-{connector._received.Count}" });
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
        {
            JsonObject activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            connector._received.Enqueue((conversationId, activityId, activity));
            return Results.Json(new { id = activityId });
        });
        await app.StartAsync();
        return connector;
    }

    /// <summary>The activities sent in reply to the inbound activity <paramref name="activityId"/>.</summary>
    public List<JsonObject> RepliesTo(string activityId) =>
        [.. _received.Where(r => r.ReplyToId == activityId || r.Activity["replyToId"]?.GetValue<string>() == activityId).Select(r => r.Activity)];

    /// <summary>The activities sent to <paramref name="conversationId"/> without being a reply (proactive).</summary>
    public List<JsonObject> ProactiveTo(string conversationId) =>
        [.. _received.Where(r => r.ConversationId == conversationId && r.ReplyToId is null && r.Activity["replyToId"] is null).Select(r => r.Activity)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Serialises for failure messages.</summary>
    public static string Show(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
