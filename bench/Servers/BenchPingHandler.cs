using ClustER.Bot.Routing;

namespace ClustER.Bench.Servers;

/// <summary>Replies to "bench ping" with one short text through the bot's Connector client.</summary>
internal sealed class BenchPingHandler : ITurnHandler
{
    public Task HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.SendTextAsync(BenchFeature.Reply, cancellationToken);
}
