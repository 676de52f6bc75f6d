using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ClustER.Bench.Servers;

/// <summary>
/// The bare baseline: a minimal ASP.NET Core endpoint that parses the activity with System.Text.Json and
/// POSTs one reply to the activity's serviceUrl, with no activity routing, auth, storage or logging. It is
/// the floor any Bot Framework bot on ASP.NET Core pays; the bot is measured against it.
/// </summary>
internal static class BaselineServer
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Runs the baseline until the process is killed.</summary>
    public static async Task RunAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddHttpClient("connector");
        WebApplication app = builder.Build();
        app.MapPost("/api/messages", HandleAsync);
        app.MapGet("/_bench/stats", ServerStats.WriteAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Console.WriteLine(ServeMode.ListeningPrefix + address);
        await app.WaitForShutdownAsync();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IHttpClientFactory clients)
    {
        using JsonDocument activity = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        JsonElement root = activity.RootElement;
        string serviceUrl = root.GetProperty("serviceUrl").GetString()!;
        string conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
        string activityId = root.GetProperty("id").GetString()!;

        using var reply = new MemoryStream();
        using (var json = new Utf8JsonWriter(reply))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("text", BenchFeature.Reply);
            json.WriteString("replyToId", activityId);
            json.WritePropertyName("from");
            root.GetProperty("recipient").WriteTo(json);
            json.WritePropertyName("recipient");
            root.GetProperty("from").WriteTo(json);
            json.WritePropertyName("conversation");
            root.GetProperty("conversation").WriteTo(json);
            json.WriteEndObject();
        }

        var uri = new Uri($"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");
        using var content = new ByteArrayContent(reply.GetBuffer(), 0, (int)reply.Length);
        content.Headers.ContentType = Json;
        using HttpResponseMessage sent = await clients.CreateClient("connector").PostAsync(uri, content, http.RequestAborted);
        return sent.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(StatusCodes.Status502BadGateway);
    }
}
