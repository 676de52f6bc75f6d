using ClustER.Bench.Load;

namespace ClustER.Bench;

/// <summary>Prints a scenario's figures and its verdict against the targets.</summary>
internal static class ResultTable
{
    /// <summary>Prints the table; returns true when the targets are met (or do not apply).</summary>
    public static bool Print(TargetResult bot, TargetResult baseline, bool checkTargets, double ratioTarget, double p99TargetMs)
    {
        Console.WriteLine();
        Console.WriteLine($"  {"target",-9} {"turns",7} {"turns/s",9} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"CPU us/turn",12} {"alloc KB/turn",14} {"working set MB",15} {"GC heap MB",11} {"gen0/gen2",10} {"JIT'd",6} {"log lines/turn",15} {"bench CPU us/turn",18} {"machine busy %",15} {"steal %",8}");
        foreach (TargetResult target in new[] { bot, baseline })
        {
            Console.WriteLine($"  {target.Name,-9} {target.Turns,7} {target.TurnsPerSecond,9:0} {target.PercentileMs(50),8:0.00} {target.PercentileMs(99),8:0.00} "
                + $"{target.PercentileMs(100),8:0.0} {target.CpuMicrosecondsPerTurn,12:0} {target.AllocatedBytesPerTurn / 1024,14:0.0} "
                + $"{Mb(target.After?.WorkingSetBytes),15:0.0} {Mb(target.After?.GcHeapBytes),11:0.0} "
                + $"{target.Collections,10} {target.JitMethods,6} {(double)target.LogLines / target.Turns,15:0.0} "
                + $"{target.BenchCpuMicrosecondsPerTurn,18:0} {target.Machine.BusyPercent,15:0} {target.Machine.StealPercent,8:0.0}");
        }

        double ratio = bot.TurnsPerSecond / baseline.TurnsPerSecond;
        double p99 = bot.PercentileMs(99);
        bool failures = bot.Failures + baseline.Failures > 0;
        Console.WriteLine();
        Console.WriteLine($"  bot throughput = {ratio:0.00} x baseline" + (checkTargets ? $" (target >= {ratioTarget:0.0#}): {Verdict(ratio >= ratioTarget)}" : " (no target for this scenario)"));
        Console.WriteLine($"  bot p99 latency = {p99:0.00} ms" + (checkTargets ? $" (target < {p99TargetMs:0} ms): {Verdict(p99 < p99TargetMs)}" : string.Empty));
        if (failures)
        {
            Console.WriteLine($"  FAILED TURNS: bot {bot.Failures}, baseline {baseline.Failures}");
        }

        return !failures && (!checkTargets || (ratio >= ratioTarget && p99 < p99TargetMs));
    }

    /// <summary>Prints the paced rounds' latency; returns false when a paced turn failed.</summary>
    public static bool PrintPaced(TargetResult bot, TargetResult baseline, int rate)
    {
        Console.WriteLine();
        Console.WriteLine($"  paced at {rate} turns/s (below saturation):");
        Console.WriteLine($"  {"target",-9} {"turns",7} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (TargetResult target in new[] { bot, baseline })
        {
            Console.WriteLine($"  {target.Name,-9} {target.Turns,7} {target.PercentileMs(50),8:0.00} {target.PercentileMs(99),8:0.00} {target.PercentileMs(100),8:0.0}");
        }

        return bot.Failures + baseline.Failures == 0;
    }

    private static double Mb(long? bytes) => bytes is null ? double.NaN : bytes.Value / (1024.0 * 1024.0);

    private static string Verdict(bool met) => met ? "met" : "NOT MET";
}
