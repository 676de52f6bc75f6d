using System.Diagnostics;
using ClustER.Bench.Servers;

namespace ClustER.Bench.Load;

/// <summary>All measured rounds of one target, with the target's resource use over them.</summary>
internal sealed class TargetResult(string name)
{
    private readonly List<RoundResult> _rounds = [];

    /// <summary>The target's name in the table.</summary>
    public string Name { get; } = name;

    private double _cpuMilliseconds;
    private long _allocatedBytes;
    private int _gen0, _gen2;
    private long _jitMethods;

    /// <summary>Stats after the last measured round (memory at the end).</summary>
    public ServerStats? After { get; private set; }

    /// <summary>
    /// Adds what the target's process spent between <paramref name="before"/> and <paramref name="after"/>, one
    /// round of its own: the other target's rounds are left out, so neither is charged for the other's idle time.
    /// </summary>
    public void AddUsage(ServerStats before, ServerStats after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        _cpuMilliseconds += after.CpuMilliseconds - before.CpuMilliseconds;
        _allocatedBytes += after.AllocatedBytes - before.AllocatedBytes;
        _gen0 += after.Gen0 - before.Gen0;
        _gen2 += after.Gen2 - before.Gen2;
        _jitMethods += after.JitMethods - before.JitMethods;
        After = after;
    }

    /// <summary>Gen 0 and gen 2 collections during the measured rounds.</summary>
    public string Collections => $"{_gen0}/{_gen2}";

    /// <summary>Methods the JIT compiled during the measured rounds (0 at steady state).</summary>
    public long JitMethods => _jitMethods;

    /// <summary>The server's console (log) lines over the measured rounds.</summary>
    public long LogLines { get; set; }

    /// <summary>The machine's CPU over this target's rounds.</summary>
    public MachineCpu Machine { get; set; }

    /// <summary>The bench process's own CPU (load generator and fake Connector) over this target's rounds.</summary>
    public TimeSpan BenchCpu { get; set; }

    /// <summary>The bench process's CPU per turn of this target, in microseconds.</summary>
    public double BenchCpuMicrosecondsPerTurn => BenchCpu.TotalMicroseconds / Turns;

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
    public double CpuMicrosecondsPerTurn => _cpuMilliseconds * 1000 / Turns;

    /// <summary>Bytes the target allocated per turn.</summary>
    public double AllocatedBytesPerTurn => (double)_allocatedBytes / Turns;
}
