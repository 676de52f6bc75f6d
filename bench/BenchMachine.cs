using System.Globalization;
using System.Runtime.InteropServices;

namespace ClustER.Bench;

/// <summary>Prints what the figures were measured on.</summary>
internal static class BenchMachine
{
    /// <summary>The DATAS setting in force: the environment variable overrides the runtimeconfig.</summary>
    private static string? DatasMode() => Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode")
        ?? Convert.ToString(AppContext.GetData("System.GC.DynamicAdaptationMode"), CultureInfo.InvariantCulture);

    /// <summary>Cores, memory, runtime, GC mode and the date.</summary>
    public static void Print()
    {
        GCMemoryInfo memory = GC.GetGCMemoryInfo();
        Console.WriteLine($"ClustER.Bot bench  {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {memory.TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GiB, "
            + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, "
            + $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC"
            + (DatasMode() == "0" ? " without DATAS" : ""));
        Console.WriteLine($"load average at start: {LoadAverage()} (other work on the machine skews every figure; the ratio less so)");
    }

    /// <summary>The 1, 5 and 15 minute load averages, or "n/a" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
