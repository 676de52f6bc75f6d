using System.Text.RegularExpressions;
using ClustER.Bot.Routing;

namespace ClustER.Bench.Servers;

/// <summary>A bench-only feature: "bench ping" gets one short text reply, like a help-style answer.</summary>
internal sealed partial class BenchFeature : IBotFeature
{
    /// <summary>The message the route answers.</summary>
    public const string Text = "bench ping";

    /// <summary>The reply (the same text the baseline sends).</summary>
    public const string Reply = "Here is what I can do: ask me about calls, events and deadlines.";

    public void MapRoutes(ActivityRouter router) => router.OnMessage<BenchPingHandler>("bench-ping", Pattern());

    [GeneratedRegex("^bench ping$")]
    private static partial Regex Pattern();
}
