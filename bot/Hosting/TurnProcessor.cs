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
    IServiceScopeFactory scopes,
    IOptions<BotOptions> options,
    ILogger<TurnProcessor> logger)
{
    /// <summary>Processes <paramref name="activity"/> and returns what the HTTP response should carry.</summary>
    public Task<TurnOutcome> ProcessAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Id is not { Length: > 0 } id)
        {
            return RunAsync(activity);
        }

        // The claim stores the running task, so a retry that arrives while the first delivery still runs waits for it.
        var first = new TaskCompletionSource<TurnOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        string key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{id}";
        if (deduplicator.TryClaim(key, first.Task) is { } earlier)
        {
            Log.DuplicateActivity(logger, id);
            return earlier;
        }

        return CompleteAsync(first, key, activity);
    }

    private async Task<TurnOutcome> CompleteAsync(TaskCompletionSource<TurnOutcome> first, string key, Activity activity)
    {
        try
        {
            TurnOutcome outcome = await RunAsync(activity);
            first.SetResult(outcome);
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

    private async Task<TurnOutcome> RunAsync(Activity activity)
    {
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout);
        CancellationToken ct = timeout.Token;
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        IConnectorClient connector = scope.ServiceProvider.GetRequiredService<IConnectorClient>();
        var context = new TurnContext(activity, scope.ServiceProvider, connector) { ReplyLocale = activity.Locale };

        using IDisposable? logScope = logger.BeginScope(new TurnLogScope(activity));
        bool failed = false;
        try
        {
            TurnPreparation.Prepare(context);
            IEnumerable<ITurnMiddleware> middleware = scope.ServiceProvider.GetServices<ITurnMiddleware>();
            await RunPipelineAsync(context, middleware.GetEnumerator(), ct);
        }
        catch (Exception ex)
        {
            // The turn boundary: whatever a handler threw (a timeout included) ends here, once, with the activity id.
            failed = true;
            Log.TurnFailed(logger, ex, activity.Id, activity.Type);
            await ReportErrorAsync(context, scope.ServiceProvider, ex);
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
