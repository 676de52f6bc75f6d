using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ClustER.Bot.Operations.Telemetry;

/// <summary>
/// The bot's own traces and metrics, under the name <c>ClustER.Bot</c>: turns, replies, Connector calls
/// by status code, jobs. Exported over OTLP when an endpoint is configured; always observable in-process.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "ClustER.Bot";

    /// <summary>Spans for turns and jobs.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>The meter of the counters below.</summary>
    public static Meter Meter { get; } = new(Name);

    /// <summary>Turns processed, by <c>activity.type</c> and <c>outcome</c> (ok, error, cancelled).</summary>
    public static Counter<long> Turns { get; } = Meter.CreateCounter<long>("bot.turns", "{turn}", "Turns processed");

    /// <summary>How long turns take, in seconds, by <c>activity.type</c>.</summary>
    public static Histogram<double> TurnDuration { get; } = Meter.CreateHistogram<double>("bot.turn.duration", "s", "Duration of a turn");

    /// <summary>Activities the bot sent in answer to a turn, by <c>activity.type</c> of the turn.</summary>
    public static Counter<long> Replies { get; } = Meter.CreateCounter<long>("bot.replies", "{activity}", "Replies sent during turns");

    /// <summary>Calls to the Bot Connector, by <c>operation</c>, <c>http.request.method</c> and <c>http.response.status_code</c>.</summary>
    public static Counter<long> ConnectorCalls { get; } = Meter.CreateCounter<long>("bot.connector.calls", "{call}", "Calls to the Bot Connector");

    /// <summary>Background jobs run, by <c>job.type</c> and <c>outcome</c> (succeeded, failed).</summary>
    public static Counter<long> Jobs { get; } = Meter.CreateCounter<long>("bot.jobs", "{job}", "Background jobs run");

    /// <summary>How long jobs take, in seconds, by <c>job.type</c>.</summary>
    public static Histogram<double> JobDuration { get; } = Meter.CreateHistogram<double>("bot.job.duration", "s", "Duration of a background job");
}
