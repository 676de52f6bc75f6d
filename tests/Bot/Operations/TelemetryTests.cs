using System.Net;
using ClustER.Bot.Connector;
using ClustER.Bot.Operations.Telemetry;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OpenTelemetry.Trace;

namespace ClustER.Tests.Bot.Operations;

public sealed class TelemetryTests
{
    [Fact]
    public async Task TurnMiddleware_CountsTheTurnAndItsReplies()
    {
        using var recorder = new MeasurementRecorder("bot.turns", "bot.replies");
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.ReplyToActivityAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse { Id = "r1" });
        TurnContext context = Turn(connector.Object);

        await new TurnTelemetryMiddleware(TimeProvider.System).OnTurnAsync(context, () => context.SendTextAsync("ciao"), CancellationToken.None);

        Assert.Contains(recorder.Measurements, m => m.Instrument == "bot.turns" && m.Value == 1 && m.Tags["outcome"] as string == "ok" && m.Tags["activity.type"] as string == "message");
        Assert.Contains(recorder.Measurements, m => m.Instrument == "bot.replies" && m.Value == 1);
    }

    [Fact]
    public async Task TurnMiddleware_WhenTheHandlerFails_CountsAnErrorAndRethrows()
    {
        using var recorder = new MeasurementRecorder("bot.turns");
        TurnContext context = Turn(Mock.Of<IConnectorClient>());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new TurnTelemetryMiddleware(TimeProvider.System).OnTurnAsync(context, () => throw new InvalidOperationException("boom"), CancellationToken.None));

        Assert.Contains(recorder.Measurements, m => m.Instrument == "bot.turns" && m.Tags["outcome"] as string == "error");
    }

    [Theory]
    [InlineData("POST", "https://smba.example/amer/v3/conversations/a%3A1/activities/123", "reply_to_activity")]
    [InlineData("POST", "https://smba.example/v3/conversations/a%3A1/activities", "send_to_conversation")]
    [InlineData("POST", "https://smba.example/v3/conversations", "create_conversation")]
    [InlineData("PUT", "https://smba.example/v3/conversations/a%3A1/activities/123", "update_activity")]
    [InlineData("GET", "https://smba.example/v3/conversations/a%3A1/pagedmembers?pageSize=50", "get_members")]
    [InlineData("POST", "https://login.microsoftonline.com/tenant/oauth2/v2.0/token", null)]
    public void OperationOf_ARequest_NamesTheConnectorOperation(string method, string url, string? expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        Assert.Equal(expected, ConnectorTelemetryHandler.OperationOf(request));
    }

    [Fact]
    public async Task ConnectorHandler_CountsCallsByStatusCode()
    {
        using var recorder = new MeasurementRecorder("bot.connector.calls");
        using var handler = new ConnectorTelemetryHandler { InnerHandler = new StatusHandler(HttpStatusCode.TooManyRequests) };
        using var client = new HttpClient(handler);

        using HttpResponseMessage response = await client.PostAsync(new Uri("https://smba.example/v3/conversations/c1/activities"), new StringContent("{}"));

        Assert.Contains(recorder.Measurements, m => m.Instrument == "bot.connector.calls"
            && m.Tags["http.response.status_code"] as string == "429" && m.Tags["operation"] as string == "send_to_conversation");
    }

    [Fact]
    public void AddBotTelemetry_WithoutAnEndpoint_RegistersNoExporter()
    {
        ServiceProvider services = new ServiceCollection().AddSingleton(TimeProvider.System).AddBotTelemetry(Settings()).BuildServiceProvider();

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Contains(services.GetServices<ITurnMiddleware>(), m => m is TurnTelemetryMiddleware);
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public void AddBotTelemetry_WithAnEndpoint_RegistersTheOpenTelemetryPipeline(string key)
    {
        ServiceProvider services = new ServiceCollection().AddLogging().AddBotTelemetry(Settings((key, "http://127.0.0.1:4317"))).BuildServiceProvider();

        Assert.NotNull(services.GetService<TracerProvider>());
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static TurnContext Turn(IConnectorClient connector) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = "a1",
            ServiceUrl = "https://smba.example/",
            Conversation = new ConversationAccount { Id = "c1" },
            Text = "help",
        },
        new ServiceCollection().BuildServiceProvider(),
        connector);

    private sealed class StatusHandler(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }

}
