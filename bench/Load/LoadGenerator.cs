using System.Diagnostics;
using System.Net.Http.Headers;

namespace ClustER.Bench.Load;

/// <summary>
/// Drives one messaging endpoint with a fixed number of turns from <c>concurrency</c> conversations at once,
/// each conversation sending its next message as soon as the previous turn is answered (closed loop).
/// </summary>
internal sealed class LoadGenerator(HttpClient http, string serviceUrl, string text, int concurrency)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly string _runId = ActivityPayload.NewRunId();
    private long _turnCounter;

    /// <summary>
    /// Runs <paramref name="turns"/> turns against <paramref name="endpoint"/>: as fast as answers come back,
    /// or, with <paramref name="turnsPerSecond"/>, paced so the conversations together offer that rate. Paced
    /// latency counts from each turn's scheduled time, so a stall is not hidden by the turns it delays.
    /// </summary>
    public async Task<RoundResult> RunAsync(Uri endpoint, int turns, CancellationToken cancellationToken, double? turnsPerSecond = null)
    {
        long[] latencies = new long[turns];
        int next = -1, failures = 0;
        var clock = Stopwatch.StartNew();
        long clockStart = Stopwatch.GetTimestamp();
        Task[] conversations = [.. Enumerable.Range(0, concurrency).Select(conversation => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < turns)
            {
                long turn = Interlocked.Increment(ref _turnCounter);
                byte[] body = ActivityPayload.Message(_runId, turn, conversation, serviceUrl, text);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = Json;
                long start = Stopwatch.GetTimestamp();
                if (turnsPerSecond is { } rate)
                {
                    long scheduled = clockStart + (long)(i * Stopwatch.Frequency / rate);
                    if (scheduled > start)
                    {
                        await Task.Delay(Stopwatch.GetElapsedTime(start, scheduled), cancellationToken);
                    }

                    start = scheduled;
                }

                using HttpResponseMessage response = await http.PostAsync(endpoint, content, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                latencies[i] = Stopwatch.GetTimestamp() - start;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, cancellationToken))];
        await Task.WhenAll(conversations);
        return new RoundResult(turns, clock.Elapsed, latencies, failures);
    }
}
