namespace ClustER.Bot.Routing;

/// <summary>A named route: when <see cref="Selector"/> accepts a turn, <see cref="Handler"/> runs it.</summary>
/// <param name="Name">Unique name, for logs and duplicate detection.</param>
/// <param name="Selector">Decides whether the route takes the turn; may record what it matched on the context.</param>
/// <param name="Handler">Runs the turn.</param>
public sealed record Route(string Name, Func<TurnContext, bool> Selector, Func<TurnContext, CancellationToken, Task> Handler);
