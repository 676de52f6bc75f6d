namespace ClustER.Bot.Routing;

/// <summary>A product feature declares its routes here; the router asks each feature once, at start.</summary>
public interface IBotFeature
{
    /// <summary>The order in which features register: lower first. Catch-all routes use a high number.</summary>
    int Order => 0;

    /// <summary>Registers the feature's routes.</summary>
    void MapRoutes(ActivityRouter router);
}
