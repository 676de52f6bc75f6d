namespace ClustER.Bench.Load;

/// <summary>One measured round against one target.</summary>
/// <param name="Turns">Turns completed.</param>
/// <param name="Elapsed">Wall time of the round.</param>
/// <param name="Latencies">Per-turn latency in Stopwatch ticks (request sent to response read).</param>
/// <param name="Failures">Turns whose HTTP status was not 2xx.</param>
internal sealed record RoundResult(int Turns, TimeSpan Elapsed, long[] Latencies, int Failures);
