namespace ClustER.Bench.Load;

/// <summary>
/// The whole machine's CPU time from <c>/proc/stat</c>, so a round can tell whether its target kept the cores
/// busy (CPU-bound) or left them idle while turns waited on something else.
/// </summary>
/// <param name="Busy">Jiffies spent running anything (user, nice, system, irq, softirq).</param>
/// <param name="Idle">Jiffies idle or waiting for I/O.</param>
/// <param name="Steal">Jiffies the hypervisor gave to other guests.</param>
internal readonly record struct MachineCpu(long Busy, long Idle, long Steal)
{
    /// <summary>The counters now, or zeros off Linux.</summary>
    public static MachineCpu Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        using var reader = new StreamReader("/proc/stat");
        long[] f = [.. reader.ReadLine()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse)];
        return new MachineCpu(f[0] + f[1] + f[2] + f[5] + f[6], f[3] + f[4], f[7]);
    }

    public static MachineCpu operator -(MachineCpu after, MachineCpu before) =>
        new(after.Busy - before.Busy, after.Idle - before.Idle, after.Steal - before.Steal);

    public static MachineCpu operator +(MachineCpu a, MachineCpu b) => new(a.Busy + b.Busy, a.Idle + b.Idle, a.Steal + b.Steal);

    /// <summary>The busy share of the time, in percent.</summary>
    public double BusyPercent => Busy + Idle + Steal == 0 ? double.NaN : 100.0 * Busy / (Busy + Idle + Steal);

    /// <summary>The stolen share of the time, in percent.</summary>
    public double StealPercent => Busy + Idle + Steal == 0 ? double.NaN : 100.0 * Steal / (Busy + Idle + Steal);
}
