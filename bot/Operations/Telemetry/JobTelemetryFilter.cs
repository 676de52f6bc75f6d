using System.Diagnostics;
using Hangfire.Server;

namespace ClustER.Bot.Operations.Telemetry;

/// <summary>A span, a count and the duration of every background job, tagged with the job's class and outcome.</summary>
internal sealed class JobTelemetryFilter : IServerFilter
{
    private const string SpanKey = "ClustER.Bot.Telemetry.Span";
    private const string StartedKey = "ClustER.Bot.Telemetry.Started";

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string type = JobType(context);
        Activity? span = BotTelemetry.ActivitySource.StartActivity($"job {type}", ActivityKind.Internal);
        span?.SetTag("job.type", type);
        span?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[SpanKey] = span;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string type = JobType(context);
        string outcome = context.Exception is null || context.ExceptionHandled ? "succeeded" : "failed";
        BotTelemetry.Jobs.Add(1, new TagList { { "job.type", type }, { "outcome", outcome } });
        if (context.Items.TryGetValue(StartedKey, out object? started) && started is long timestamp)
        {
            BotTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds, new KeyValuePair<string, object?>("job.type", type));
        }

        if (context.Items.TryGetValue(SpanKey, out object? value) && value is Activity span)
        {
            span.SetStatus(outcome == "succeeded" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            span.Dispose();
        }
    }

    private static string JobType(PerformContext context) =>
        context.BackgroundJob.Job?.Type.Name ?? "unknown";
}
