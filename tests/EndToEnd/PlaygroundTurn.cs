using System.Text.Json.Nodes;

namespace ClustER.Tests.EndToEnd;

/// <summary>What one user action in the Playground produced: the bot's turn and the messages it showed.</summary>
/// <param name="Bot">The request the bot received for the action and its answer (the bot's side).</param>
/// <param name="Messages">The bot's messages (new and updated) the Playground showed, in order.</param>
/// <param name="InvokeResponse">For an Action.Execute: the response the Playground got (<c>{type, value}</c>).</param>
public sealed record PlaygroundTurn(BotExchange Bot, IReadOnlyList<PlaygroundMessage> Messages, JsonObject? InvokeResponse)
{
    /// <summary>The messages that carry an Adaptive Card.</summary>
    public IReadOnlyList<PlaygroundMessage> Cards => [.. Messages.Where(m => m.Card is not null)];

    /// <summary>The texts of the plain messages.</summary>
    public IReadOnlyList<string> Texts => [.. Messages.Select(m => m.Text).OfType<string>()];

    /// <summary>The only card of the turn; throws when there is not exactly one.</summary>
    public PlaygroundMessage SingleCard => Cards.Count == 1
        ? Cards[0]
        : throw new InvalidOperationException($"Expected one card, got {Cards.Count}; texts: [{string.Join(" | ", Texts)}]");
}
