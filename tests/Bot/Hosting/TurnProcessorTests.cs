using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Hosting;

/// <summary>The turn pipeline through the real endpoint: dedupe, invoke answers, routing of each activity kind.</summary>
public class TurnProcessorTests(TurnProcessorTests.Fixture bot) : IClassFixture<TurnProcessorTests.Fixture>
{
    [Fact]
    public async Task Post_SameActivityTwice_RunsTheHandlerOnce()
    {
        Activity activity = bot.Activities.PersonalMessage("count");

        HttpResponseMessage first = await bot.PostActivityAsync(activity);
        HttpResponseMessage second = await bot.PostActivityAsync(activity);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(1, Fixture.Runs(activity.Id!));
        Assert.Single(bot.Connector.Activities, a => a.ReplyToId == activity.Id);
    }

    [Fact]
    public async Task Post_SameActivityConcurrently_RunsTheHandlerOnce()
    {
        Activity activity = bot.Activities.PersonalMessage("count slowly");

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bot.PostActivityAsync(activity)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, Fixture.Runs(activity.Id!));
    }

    [Fact]
    public async Task Post_SameIdInAnotherConversation_IsADifferentActivity()
    {
        string id = TestActivities.NewId();

        await bot.PostActivityAsync(bot.Activities.PersonalMessage("count", id: id, conversationId: "a:one"));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("count", id: id, conversationId: "a:two"));

        Assert.Equal(2, Fixture.Runs(id));
    }

    [Fact]
    public async Task Post_InvokeRetried_GetsTheSameBodyWithoutRunningAgain()
    {
        Activity invoke = bot.Activities.CardInvoke("test.vote", new JsonObject { ["choice"] = "b" });

        HttpResponseMessage first = await bot.PostActivityAsync(invoke);
        HttpResponseMessage retry = await bot.PostActivityAsync(invoke);

        string firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, Fixture.Runs(invoke.Id!));
        AdaptiveCardInvokeResponse body = (await BotApiFactory.ReadInvokeResponseAsync(first))!;
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.Type);
        Assert.Equal("Voto registrato: b (1)", body.Value!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_CardInvoke_AnswersInTheHttpBodyAndSendsNothing()
    {
        Activity invoke = bot.Activities.CardInvoke("test.vote", new JsonObject { ["choice"] = "a" });

        HttpResponseMessage response = await bot.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        AdaptiveCardInvokeResponse body = (await BotApiFactory.ReadInvokeResponseAsync(response))!;
        Assert.Equal(200, body.StatusCode);
        Assert.Equal("AdaptiveCard", body.Value!["type"]!.GetValue<string>());
        Assert.DoesNotContain(bot.Connector.Requests, r => r.ActivityId == invoke.Id);
    }

    [Fact]
    public async Task Post_InvokeWithNoRoute_Is501()
    {
        HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.CardInvoke("no.such.verb"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_ActionSubmit_ReplacesTheCardByUpdatingItsActivity()
    {
        Activity submit = bot.Activities.CardSubmit("test.vote", new JsonObject { ["choice"] = "c" }, replyToId: "card-42");

        HttpResponseMessage response = await bot.PostActivityAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ConnectorRequest update = Assert.Single(bot.Connector.Requests, r => r.Kind == ConnectorOperation.UpdateActivity && r.ActivityId == "card-42");
        Assert.Equal(Attachment.AdaptiveCardContentType, update.Activity!.Attachments![0].ContentType);
    }

    [Fact]
    public async Task Post_GroupMessageWithMention_HandlerSeesTheTextWithoutTheMention()
    {
        Activity message = bot.Activities.GroupMessage("echo eventi di marzo");

        await bot.PostActivityAsync(message);

        Activity reply = Assert.Single(bot.Connector.Activities, a => a.ReplyToId == message.Id);
        Assert.Equal("echo eventi di marzo", reply.Text);
        Assert.Equal(TestActivities.GroupConversationId, reply.Conversation!.Id);
        Assert.Equal(TestActivities.BotId, reply.From!.Id);
    }

    [Theory]
    [InlineData("conversation-update-members-added.json", "activity:conversationUpdate:NoopHandler")]
    [InlineData("installation-update-add.json", "activity:installationUpdate:NoopHandler")]
    [InlineData("installation-update-remove.json", "activity:installationUpdate:NoopHandler")]
    public async Task Post_LifecycleActivity_ReachesItsRoute(string file, string route)
    {
        Activity activity = bot.Activities.FromTestData(file, id: TestActivities.NewId());

        HttpResponseMessage response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.Logs.WithEventId(1003), e => Equals(e.Properties["RouteName"], route) && Equals(e.Properties["ActivityId"], activity.Id));
    }

    /// <summary>A bot whose test routes count their runs per activity id.</summary>
    public sealed class Fixture : BotApiFactory
    {
        private static readonly ConcurrentDictionary<string, int> RunsById = new();

        public Fixture()
            : base(Configure)
        {
        }

        public static int Runs(string activityId) => RunsById.TryGetValue(activityId, out int runs) ? runs : 0;

        private static void Configure(BotApiFactoryOptions options) => options
            .ConfigureServices(services => services.AddScoped<NoopHandler>())
            .AddFeature(router => router
                .Add(new Route("test:count", ctx => ctx.Text.StartsWith("count", StringComparison.Ordinal), async (ctx, ct) =>
                {
                    Count(ctx);
                    if (ctx.Text == "count slowly")
                    {
                        await Task.Delay(300, ct);
                    }

                    await ctx.SendTextAsync("counted", ct);
                }))
                .Add(new Route("test:echo", ctx => ctx.Text.StartsWith("echo", StringComparison.Ordinal), (ctx, ct) => ctx.SendTextAsync(ctx.Text, ct)))
                .Add(new Route("card:test.vote", ctx => ctx.CardAction?.Verb == "test.vote", async (ctx, ct) =>
                {
                    int runs = Count(ctx);
                    var card = new JsonObject
                    {
                        ["type"] = "AdaptiveCard",
                        ["version"] = "1.5",
                        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Voto registrato: {ctx.CardAction!.GetString("choice")} ({runs})" }),
                    };
                    await ctx.ReplaceCardAsync(card, "Voto registrato", ct);
                }))
                .OnConversationUpdate<NoopHandler>()
                .OnInstallationUpdate<NoopHandler>());

        private static int Count(TurnContext context) => RunsById.AddOrUpdate(context.Activity.Id!, 1, (_, n) => n + 1);
    }

    /// <summary>A handler that does nothing, so lifecycle routes exist.</summary>
    public sealed class NoopHandler : ITurnHandler
    {
        public Task HandleAsync(TurnContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
