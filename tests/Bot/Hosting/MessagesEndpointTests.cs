using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Hosting;

/// <summary>Bad input through the real endpoint of a running bot.</summary>
public class MessagesEndpointTests(MessagesEndpointTests.Fixture bot) : IClassFixture<MessagesEndpointTests.Fixture>
{
    [Theory]
    [InlineData("""{"type":"message","text":"unterminated""")]
    [InlineData("""not json at all""")]
    [InlineData("""[{"type":"message"}]""")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":"message","from":"a string"}""")]
    public async Task Post_MalformedJson_Is400ProblemDetails(string body)
    {
        HttpResponseMessage response = await bot.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonNode problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("Malformed activity", problem["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":""}""")]
    [InlineData("""null""")]
    [InlineData("")]
    public async Task Post_ActivityWithoutType_Is400(string body)
    {
        HttpResponseMessage response = await bot.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Is413()
    {
        Activity activity = bot.Activities.PersonalMessage(new string('x', 256 * 1024));

        HttpResponseMessage response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(bot.Connector.Requests, r => r.Activity?.ReplyToId == activity.Id);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KB_Is413()
    {
        byte[] huge = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(bot.Activities.PersonalMessage(new string('y', 300 * 1024)), ProtocolJsonContext.Default.Activity));
        using var content = new StreamContent(new MemoryStream(huge));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyJustUnderTheLimit_IsServed()
    {
        Activity activity = bot.Activities.PersonalMessage("echo " + new string('z', 200 * 1024));

        HttpResponseMessage response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Is200AndIgnored()
    {
        Activity activity = bot.Activities.FromTestData("unknown-type.json", id: TestActivities.NewId());

        HttpResponseMessage response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(bot.Connector.Requests, r => r.ActivityId == activity.Id);
        Assert.Contains(bot.Logs.WithEventId(1002), e => Equals(e.Properties["ActivityId"], activity.Id));
    }

    [Fact]
    public async Task Post_HandlerThrows_UserGetsAnApologyAndTheBotKeepsServing()
    {
        Activity boom = bot.Activities.PersonalMessage("boom", locale: "it-IT");

        HttpResponseMessage failed = await bot.PostActivityAsync(boom);
        HttpResponseMessage next = await bot.PostActivityAsync(bot.Activities.PersonalMessage("echo still here"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Activity apology = Assert.Single(bot.Connector.Activities, a => a.ReplyToId == boom.Id);
        Assert.StartsWith("Mi dispiace", apology.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", apology.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("test failure", apology.Text, StringComparison.Ordinal);
        LogEntry error = Assert.Single(bot.Logs.WithEventId(1001), e => Equals(e.Properties["ActivityId"], boom.Id));
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains(bot.Connector.Activities, a => a.Text == "echo still here");
    }

    [Fact]
    public async Task Post_HandlerThrowsForAnEnglishSpeaker_ApologisesInEnglish()
    {
        Activity boom = bot.Activities.PersonalMessage("boom", locale: "en-US");

        await bot.PostActivityAsync(boom);

        Activity apology = Assert.Single(bot.Connector.Activities, a => a.ReplyToId == boom.Id);
        Assert.StartsWith("Sorry", apology.Text, StringComparison.Ordinal);
        Assert.Equal("en-US", apology.Locale);
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_AnswersAnErrorInTheBody()
    {
        Activity invoke = bot.Activities.CardInvoke("test.boom");

        HttpResponseMessage response = await bot.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AdaptiveCardInvokeResponse body = (await BotApiFactory.ReadInvokeResponseAsync(response))!;
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.Type);
        Assert.Equal(500, body.StatusCode);
        Assert.StartsWith("Mi dispiace", body.Value!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Connector.Requests, r => r.ActivityId == invoke.Id);
    }

    [Fact]
    public async Task Post_HandlerTimesOut_UserGetsAnApology()
    {
        Activity slow = bot.Activities.PersonalMessage("slow");

        HttpResponseMessage response = await bot.PostActivityAsync(slow);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.Activities, a => a.ReplyToId == slow.Id && a.Text!.StartsWith("Mi dispiace", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ReplyFails_TurnStillAnswers200()
    {
        Activity activity = bot.Activities.PersonalMessage("echo to a blocked chat", conversationId: "a:blocked-member");
        bot.Connector.BlockConversation("a:blocked-member");

        HttpResponseMessage response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Connector.Activities, a => a.Conversation?.Id == "a:blocked-member");
        Assert.Contains(bot.Logs.WithEventId(1004), e => e.Exception is ClustER.Bot.Connector.ConnectorException { IsRecipientUnreachable: true });
    }

    /// <summary>A bot with an echo, a throwing route, a slow route and a throwing card action.</summary>
    public sealed class Fixture : BotApiFactory
    {
        public Fixture()
            : base(options =>
            {
                options.Configure("Bot:TurnTimeout", "00:00:01");
                options.AddFeature(router => router
                    .Add(new Route("test:boom", ctx => ctx.Text == "boom", (_, _) => throw new InvalidOperationException("test failure")))
                    .Add(new Route("test:slow", ctx => ctx.Text == "slow", (_, ct) => Task.Delay(TimeSpan.FromSeconds(30), ct)))
                    .Add(new Route("test:card-boom", ctx => ctx.CardAction?.Verb == "test.boom", (_, _) => throw new InvalidOperationException("test failure")))
                    .Add(new Route("test:echo", ctx => ctx.Text.StartsWith("echo", StringComparison.Ordinal), (ctx, ct) => ctx.SendTextAsync(ctx.Text, ct))));
            })
        {
        }
    }
}
