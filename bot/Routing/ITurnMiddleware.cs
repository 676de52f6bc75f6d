namespace ClustER.Bot.Routing;

/// <summary>
/// Runs around every authenticated turn before routing (e.g. remembering conversation references,
/// choosing the reply language). Registered in DI; runs in registration order.
/// </summary>
public interface ITurnMiddleware
{
    /// <summary>Does its work and calls <paramref name="next"/> to continue the turn (or not, to stop it).</summary>
    Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken);
}
