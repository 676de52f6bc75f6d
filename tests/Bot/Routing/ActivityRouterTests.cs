using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClustER.Bot.Connector;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ClustER.Tests.Bot.Routing;

public class ActivityRouterTests
{
    private static readonly TestActivities Activities = new("https://smba.example/emea/");

    [Fact]
    public void Select_TwoRoutesAccept_FirstRegisteredWins()
    {
        var router = new ActivityRouter()
            .Add(Route("first", _ => true))
            .Add(Route("second", _ => true));

        Assert.Equal("first", router.Select(CreateContext(Activities.PersonalMessage("x")))!.Name);
    }

    [Fact]
    public void Select_EarlierRouteDeclines_LaterRouteRuns()
    {
        var router = new ActivityRouter()
            .Add(Route("invokes", ctx => ctx.Activity.Type == ActivityTypes.Invoke))
            .Add(Route("messages", ctx => ctx.Activity.Type == ActivityTypes.Message));

        Assert.Equal("messages", router.Select(CreateContext(Activities.PersonalMessage("x")))!.Name);
        Assert.Equal(["invokes", "messages"], router.Routes.Select(r => r.Name));
    }

    [Fact]
    public void Add_DuplicateName_Throws()
    {
        var router = new ActivityRouter().Add(Route("help", _ => true));

        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => router.Add(Route("help", _ => false)));
        Assert.Contains("help", ex.Message, StringComparison.Ordinal);
        Assert.Single(router.Routes);
    }

    [Fact]
    public void Select_NoRouteAccepts_ReturnsNull()
    {
        var router = new ActivityRouter().Add(Route("invokes", ctx => ctx.Activity.Type == ActivityTypes.Invoke));

        Assert.Null(router.Select(CreateContext(Activities.PersonalMessage("x"))));
    }

    [Fact]
    public void OnMessage_PatternMatchesStrippedText_RecordsTheMatch()
    {
        var router = new ActivityRouter()
            .OnMessage<NoopHandler>("lang", new Regex(@"^lingua (?<code>\w+)$", RegexOptions.IgnoreCase));
        TurnContext context = CreateContext(Activities.GroupMessage("lingua en"));

        Route? route = router.Select(context);

        Assert.Equal("lang", route!.Name);
        Assert.Equal("en", context.RouteMatch!.Groups["code"].Value);
    }

    [Fact]
    public void OnMessage_CardSubmit_IsNotATextMessage()
    {
        var router = new ActivityRouter()
            .OnAnyMessage<NoopHandler>("fallback")
            .OnCardAction<NoopHandler>("poll.vote");

        Assert.Equal("fallback", router.Select(CreateContext(Activities.PersonalMessage("ciao")))!.Name);
        Assert.Equal("card:poll.vote", router.Select(CreateContext(Activities.CardSubmit("poll.vote")))!.Name);
        Assert.Equal("card:poll.vote", router.Select(CreateContext(Activities.CardInvoke("poll.vote")))!.Name);
        Assert.Null(router.Select(CreateContext(Activities.CardInvoke("other.verb"))));
    }

    [Fact]
    public void OnInvoke_CardActionInvoke_IsLeftToCardRoutes()
    {
        var router = new ActivityRouter().OnInvoke<NoopHandler>(InvokeNames.AdaptiveCardAction);
        Activity unknownShape = Activities.CardInvoke("v");
        unknownShape.Value = new JsonObject { ["somethingElse"] = 1 };

        Assert.Null(router.Select(CreateContext(Activities.CardInvoke("v"))));
        Assert.NotNull(router.Select(CreateContext(unknownShape)));
    }

    [Fact]
    public void OnConversationAndInstallationUpdate_RouteByType()
    {
        var router = new ActivityRouter().OnConversationUpdate<NoopHandler>().OnInstallationUpdate<NoopHandler>();

        Assert.Equal("activity:conversationUpdate:NoopHandler", router.Select(CreateContext(Activities.ConversationUpdate()))!.Name);
        Assert.Equal("activity:installationUpdate:NoopHandler", router.Select(CreateContext(Activities.InstallationUpdate("remove")))!.Name);
    }

    internal static TurnContext CreateContext(Activity activity)
    {
        var context = new TurnContext(activity, new ServiceCollection().BuildServiceProvider(), Mock.Of<IConnectorClient>());
        TurnPreparation.Prepare(context);
        return context;
    }

    private static Route Route(string name, Func<TurnContext, bool> selector) =>
        new(name, selector, (_, _) => Task.CompletedTask);

    private sealed class NoopHandler : ITurnHandler
    {
        public Task HandleAsync(TurnContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
