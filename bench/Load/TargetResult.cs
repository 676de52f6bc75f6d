using System.Diagnostics;
using ClustER.Bench.Servers;

namespace ClustER.Bench.Load;

/// <summary>All measured rounds of one target, with the target's resource use over them.</summary>
internal sealed class TargetResult(string name)
{
    private readonly List<RoundResult> _rounds = [];

    /// <summary>The target's name in the table.</summary>
    public string Name { get; } = name;

    /// <summary>Stats before the first measured round.</summary>
    public ServerStats? Before { get; set; }

    /// <summary>Stats after the last measured round.</summary>
    public ServerStats? After { get; set; }

    /// <summary>The server's console (log) lines over the measured rounds.</summary>
    public long LogLines { get; set; }

    /// <summary>Turns measured.</summary>
    public int Turns => _rounds.Sum(r => r.Turns);

    /// <summary>Failed turns (non-2xx).</summary>
    public int Failures => _rounds.Sum(r => r.Failures);

    /// <summary>Turns per second over the measured rounds (total turns / total round time).</summary>
    public double TurnsPerSecond => Turns / _rounds.Sum(r => r.Elapsed.TotalSeconds);

    /// <summary>Adds a measured round.</summary>
    public void Add(RoundResult round) => _rounds.Add(round);

    /// <summary>The latency percentile <paramref name="p"/> (0-100) in milliseconds, over every measured turn.</summary>
    public double PercentileMs(double p)
    {
        long[] all = [.. _rounds.SelectMany(r => r.Latencies)];
        Array.Sort(all);
        int index = Math.Clamp((int)Math.Ceiling(p / 100 * all.Length) - 1, 0, all.Length - 1);
        return all[index] * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>CPU time the target's process used per turn, in microseconds.</summary>
    public double CpuMicrosecondsPerTurn => Before is null || After is null ? double.NaN
        : (After.CpuMilliseconds - Before.CpuMilliseconds) * 1000 / Turns;

    /// <summary>Bytes the target allocated per turn.</summary>
    public double AllocatedBytesPerTurn => Before is null || After is null ? double.NaN
        : (double)(After.AllocatedBytes - Before.AllocatedBytes) / Turns;
}
