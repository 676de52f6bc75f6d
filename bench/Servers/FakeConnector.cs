using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ClustER.Bench.Servers;

/// <summary>
/// A minimal Bot Framework Connector on loopback: answers the activity routes the bot and the baseline post
/// replies to, counts them, and keeps the last reply so a scenario can check that replies are the real ones.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private static readonly byte[] Created = Encoding.UTF8.GetBytes("""{"id":"1"}""");
    private readonly WebApplication _app;
    private long _replies;
    private volatile string _lastReply = string.Empty;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl activities carry.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Replies received so far.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>The body of the most recent reply.</summary>
    public string LastReply => _lastReply;

    /// <summary>Starts the connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReplyAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReplyAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReplyAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = address.TrimEnd('/');
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReplyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(http.RequestAborted);
        Interlocked.Increment(ref _replies);
        _lastReply = body;
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(Created, http.RequestAborted);
    }
}
