using System.Text.RegularExpressions;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Routing;

/// <summary>Expressive ways to register routes; handlers are resolved from the turn's scope.</summary>
public static class ActivityRouterExtensions
{
    /// <summary>A text message whose (mention-stripped) text matches <paramref name="pattern"/>.</summary>
    public static ActivityRouter OnMessage<THandler>(this ActivityRouter router, string name, Regex pattern)
        where THandler : ITurnHandler
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(pattern);
        return router.Add(new Route(name, ctx =>
        {
            if (!ActivityRouter.IsTextMessage(ctx))
            {
                return false;
            }

            Match match = pattern.Match(ctx.Text);
            if (!match.Success)
            {
                return false;
            }

            ctx.RouteMatch = match;
            return true;
        }, Resolve<THandler>()));
    }

    /// <summary>Any text message not taken by an earlier route (register it last).</summary>
    public static ActivityRouter OnAnyMessage<THandler>(this ActivityRouter router, string name)
        where THandler : ITurnHandler =>
        router.Add(new Route(name, ActivityRouter.IsTextMessage, Resolve<THandler>()));

    /// <summary>A card action (Action.Submit or Action.Execute) with this verb.</summary>
    public static ActivityRouter OnCardAction<THandler>(this ActivityRouter router, string verb)
        where THandler : ITurnHandler =>
        router.Add(new Route($"card:{verb}", ctx => ctx.CardAction?.Verb == verb, Resolve<THandler>()));

    /// <summary>A conversationUpdate (members added or removed, team events).</summary>
    public static ActivityRouter OnConversationUpdate<THandler>(this ActivityRouter router)
        where THandler : ITurnHandler =>
        router.OnActivity<THandler>(ActivityTypes.ConversationUpdate);

    /// <summary>An installationUpdate (the app was added or removed).</summary>
    public static ActivityRouter OnInstallationUpdate<THandler>(this ActivityRouter router)
        where THandler : ITurnHandler =>
        router.OnActivity<THandler>(ActivityTypes.InstallationUpdate);

    /// <summary>An invoke with this name (other than card actions, which route by verb).</summary>
    public static ActivityRouter OnInvoke<THandler>(this ActivityRouter router, string invokeName)
        where THandler : ITurnHandler =>
        router.Add(new Route($"invoke:{invokeName}:{typeof(THandler).Name}",
            ctx => ctx.Activity.Type == ActivityTypes.Invoke && ctx.Activity.Name == invokeName && ctx.CardAction is null,
            Resolve<THandler>()));

    /// <summary>Any activity of this type.</summary>
    public static ActivityRouter OnActivity<THandler>(this ActivityRouter router, string type)
        where THandler : ITurnHandler
    {
        ArgumentNullException.ThrowIfNull(router);
        return router.Add(new Route($"activity:{type}:{typeof(THandler).Name}", ctx => ctx.Activity.Type == type, Resolve<THandler>()));
    }

    private static Func<TurnContext, CancellationToken, Task> Resolve<THandler>()
        where THandler : ITurnHandler =>
        (ctx, ct) => ctx.Services.GetRequiredService<THandler>().HandleAsync(ctx, ct);
}
