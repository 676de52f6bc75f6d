using ClustER.Bot.Routing;

namespace ClustER.Tests.Infrastructure;

/// <summary>
/// A feature that exists only in tests: it registers whatever routes the test gives it, so the real
/// pipeline has something to run (an echo, a throwing handler, an invoke answer).
/// </summary>
/// <param name="mapRoutes">Registers the routes.</param>
/// <param name="order">The registration order among features (lower first).</param>
public sealed class TestFeature(Action<ActivityRouter> mapRoutes, int order = 0) : IBotFeature
{
    public int Order => order;

    public void MapRoutes(ActivityRouter router) => mapRoutes(router);
}
