using ClustER.Bot.Connector;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using Route = ClustER.Bot.Routing.Route;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Hosting;

/// <summary>
/// Runs one authenticated turn: drops channel retries, prepares the context, runs the middleware and
/// the selected route under the turn timeout, and turns a handler failure into an apology.
/// </summary>
internal sealed class TurnProcessor(
    ActivityRouter router,
    ActivityDeduplicator deduplicator,
    IOptions<BotOptions> options,
    ILogger<TurnProcessor> logger)
{
    /// <summary>
    /// Processes <paramref name="activity"/> with the request's scoped <paramref name="services"/> and returns
    /// what the HTTP response should carry.
    /// </summary>
    public Task<TurnOutcome> ProcessAsync(Activity activity, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(services);
        if (activity.Id is not { Length: > 0 } id)
        {
            return RunAsync(activity, services);
        }

        // The claim stores the running task, so a retry that arrives while the first delivery still runs waits for it.
        var first = new TaskCompletionSource<TurnOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        UInt128 key = ActivityDeduplicator.KeyOf($"{activity.ChannelId}|{activity.Conversation?.Id}|{id}");
        if (deduplicator.TryClaim(key, first.Task) is { } earlier)
        {
            Log.DuplicateActivity(logger, id);
            return earlier;
        }

        return CompleteAsync(first, key, activity, services);
    }

    private async Task<TurnOutcome> CompleteAsync(TaskCompletionSource<TurnOutcome> first, UInt128 key, Activity activity, IServiceProvider services)
    {
        try
        {
            TurnOutcome outcome = await RunAsync(activity, services);
            first.SetResult(outcome);
            if (ReferenceEquals(outcome, TurnOutcome.Ok))
            {
                // Most turns end with the plain 200. The shared task lets this turn's own task die young
                // instead of surviving ten minutes in the deduplicator and being copied by every collection.
                deduplicator.Settle(key, first.Task, TurnOutcome.OkTask);
            }

            return outcome;
        }
        catch (Exception ex)
        {
            // Not even the apology could run: let a retry of the same activity try again rather than
            // answer every retry with this failure.
            deduplicator.Forget(key);
            first.SetException(ex);
            throw;
        }
    }

    private async Task<TurnOutcome> RunAsync(Activity activity, IServiceProvider services)
    {
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout);
        CancellationToken ct = timeout.Token;
        IConnectorClient connector = services.GetRequiredService<IConnectorClient>();
        var context = new TurnContext(activity, services, connector) { ReplyLocale = activity.Locale };

        using IDisposable? logScope = logger.BeginScope(new TurnLogScope(activity));
        bool failed = false;
        try
        {
            TurnPreparation.Prepare(context);
            IEnumerable<ITurnMiddleware> middleware = services.GetServices<ITurnMiddleware>();
            await RunPipelineAsync(context, middleware.GetEnumerator(), ct);
        }
        catch (Exception ex)
        {
            // The turn boundary: whatever a handler threw (a timeout included) ends here, once, with the activity id.
            failed = true;
            Log.TurnFailed(logger, ex, activity.Id, activity.Type);
            await ReportErrorAsync(context, services, ex);
        }

        InvokeResponse? invoke = context.InvokeResponse ?? (activity.Type != ActivityTypes.Invoke ? null
            : failed ? InvokeResponse.Failed : InvokeResponse.NotImplemented);
        return invoke is null ? TurnOutcome.Ok : new TurnOutcome(invoke.Status, invoke.Body);
    }

    private async Task RunPipelineAsync(TurnContext context, IEnumerator<ITurnMiddleware> middleware, CancellationToken ct)
    {
        if (middleware.MoveNext())
        {
            ITurnMiddleware current = middleware.Current;
            await current.OnTurnAsync(context, () => RunPipelineAsync(context, middleware, ct), ct);
            return;
        }

        Route? route = router.Select(context);
        if (route is null)
        {
            Log.NoRoute(logger, context.Activity.Type, context.Activity.Id);
            return;
        }

        Log.RouteSelected(logger, route.Name, context.Activity.Id);
        await route.Handler(context, ct);
    }

    private async Task ReportErrorAsync(TurnContext context, IServiceProvider services, Exception exception)
    {
        try
        {
            // A fresh token: the turn's own may be the one that expired.
            using var apologyTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (services.GetService<ITurnErrorHandler>() is { } handler)
            {
                await handler.OnErrorAsync(context, exception, apologyTimeout.Token);
            }
        }
        catch (Exception ex)
        {
            // The user may see nothing, but the turn is over and the process keeps serving.
            Log.ApologyFailed(logger, ex, context.Activity.Id);
        }
    }
}
