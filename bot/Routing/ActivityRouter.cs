using ClustER.Bot.Protocol;

namespace ClustER.Bot.Routing;

/// <summary>
/// An ordered list of routes; the first whose selector accepts a turn handles it.
/// Route names are unique: registering one twice is a programming error and throws.
/// </summary>
public sealed class ActivityRouter
{
    private readonly List<Route> _routes = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>The registered routes, in matching order.</summary>
    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>Adds a route at the end of the list.</summary>
    /// <exception cref="InvalidOperationException">A route with that name exists.</exception>
    public ActivityRouter Add(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!_names.Add(route.Name))
        {
            throw new InvalidOperationException($"A route named '{route.Name}' is already registered.");
        }

        _routes.Add(route);
        return this;
    }

    /// <summary>Finds the route for a turn, or null when none accepts it.</summary>
    public Route? Select(TurnContext context)
    {
        foreach (Route route in _routes)
        {
            if (route.Selector(context))
            {
                return route;
            }
        }

        return null;
    }

    /// <summary>True when the activity is a plain message (not a card submit).</summary>
    internal static bool IsTextMessage(TurnContext context) =>
        context.Activity.Type == ActivityTypes.Message && context.CardAction is null;
}
