namespace ClustER.Bot.Routing;

/// <summary>A handler resolved from the turn's DI scope, so it can take scoped services in its constructor.</summary>
public interface ITurnHandler
{
    /// <summary>Runs the turn.</summary>
    Task HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
