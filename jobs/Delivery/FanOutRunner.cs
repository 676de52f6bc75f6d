using Microsoft.Extensions.Logging;

namespace ClustER.Jobs.Delivery;

/// <summary>
/// Sends one message to many people, safely: recipients are first written to the ledger, then claimed
/// in batches and sent by a few workers; every outcome is recorded. Running it again — after a crash,
/// a Hangfire retry or a duplicate job — sends only what is left. The rate is the messenger's business.
/// </summary>
public sealed class FanOutRunner(IDeliveryLedger ledger, IMessenger messenger, ILogger<FanOutRunner> logger)
{
    /// <summary>How many sends run at once; enough to keep the rate limit busy while the Connector answers.</summary>
    public int Parallelism { get; init; } = 16;

    /// <summary>How many times a transient failure is retried across runs before the row is left failed.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>
    /// Delivers to every recipient in <paramref name="personIds"/> not yet served for this key, rendering each
    /// message with <paramref name="render"/> (null = nothing to send to that person, recorded as skipped).
    /// </summary>
    public async Task<DeliveryProgress> RunAsync(
        string kind,
        string subjectId,
        string occurrence,
        IReadOnlyCollection<int> personIds,
        Func<int, CancellationToken, Task<OutboundMessage?>> render,
        CancellationToken cancellationToken,
        Func<DeliveryProgress, Task>? onProgress = null)
    {
        ArgumentNullException.ThrowIfNull(render);
        await ledger.EnsurePendingAsync(kind, subjectId, occurrence, personIds, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<DeliveryKey> batch = await ledger.ClaimBatchAsync(kind, subjectId, occurrence, Parallelism * 8, MaxAttempts, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            try
            {
                await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                    async (key, ct) => await DeliverAsync(key, render, ct));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down. A send that started may have reached the Connector: it stays in flight (uncertain,
                // never resent). Claims never attempted (see IDeliveryLedger.BeginAttemptAsync) are certainly unsent: give them back.
                int released = await ledger.ReleaseAsync(batch, CancellationToken.None);
                Log.FanOutInterrupted(logger, kind, subjectId, occurrence, released);
                throw;
            }

            if (onProgress is not null)
            {
                await onProgress(await ledger.GetProgressAsync(kind, subjectId, occurrence, cancellationToken));
            }
        }

        DeliveryProgress progress = await ledger.GetProgressAsync(kind, subjectId, occurrence, cancellationToken);
        Log.FanOutFinished(logger, kind, subjectId, occurrence, progress.Sent, progress.Total, progress.Failed, progress.Unreachable);
        return progress;
    }

    private async Task DeliverAsync(DeliveryKey key, Func<int, CancellationToken, Task<OutboundMessage?>> render, CancellationToken ct)
    {
        DeliveryResult result;
        try
        {
            OutboundMessage? message = await render(key.PersonId, ct);
            if (message is null)
            {
                result = DeliveryResult.Skipped("nothing to send");
            }
            else if (await messenger.SendAsync(key.PersonId, message, token => ledger.BeginAttemptAsync(key, token), ct) is { } sent)
            {
                result = sent;
            }
            else
            {
                return; // the claim was lost to another run, which sends and records this row
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: RunAsync gives the claim back unless the send had started.
            throw;
        }
#pragma warning disable CA1031 // One recipient's failure must not stop the fan-out; it is recorded and logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.DeliveryCrashed(logger, ex, key.Kind, key.SubjectId, key.PersonId);
            result = DeliveryResult.Transient(ex.GetType().Name);
        }

        await ledger.RecordAsync(key, result, CancellationToken.None);
    }
}
