using System.Diagnostics;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Operations.Telemetry;

/// <summary>
/// The outermost turn middleware: one span and one count per turn, its duration and the replies it sent.
/// Tags carry the activity type and outcome only; never the text or the user.
/// </summary>
internal sealed class TurnTelemetryMiddleware(TimeProvider time) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        string type = context.Activity.Type ?? "unknown";
        using Activity? span = BotTelemetry.ActivitySource.StartActivity($"turn {type}", ActivityKind.Internal);
        span?.SetTag("activity.type", type);
        span?.SetTag("activity.id", context.Activity.Id);
        long started = time.GetTimestamp();
        string outcome = "error";
        try
        {
            await next();
            outcome = "ok";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            var tags = new TagList { { "activity.type", type }, { "outcome", outcome } };
            BotTelemetry.Turns.Add(1, tags);
            BotTelemetry.TurnDuration.Record(time.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("activity.type", type));
            if (context.Sent.Count > 0)
            {
                BotTelemetry.Replies.Add(context.Sent.Count, new KeyValuePair<string, object?>("activity.type", type));
            }

            span?.SetStatus(outcome == "ok" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        }
    }
}
