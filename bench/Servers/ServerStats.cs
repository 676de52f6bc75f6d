using System.Diagnostics;

namespace ClustER.Bench.Servers;

/// <summary>A server process's own view of its resources (served at <c>/_bench/stats</c>).</summary>
/// <param name="WorkingSetBytes">Physical memory of the process.</param>
/// <param name="GcHeapBytes">The managed heap after the last GC.</param>
/// <param name="AllocatedBytes">Bytes allocated since the process started.</param>
/// <param name="CpuMilliseconds">CPU time used since the process started, all threads.</param>
/// <param name="Gen0">Gen 0 collections so far.</param>
/// <param name="Gen2">Gen 2 collections so far.</param>
/// <param name="JitMethods">Methods the JIT has compiled so far (every tier): still rising means not yet at steady state.</param>
internal sealed record ServerStats(long WorkingSetBytes, long GcHeapBytes, long AllocatedBytes, double CpuMilliseconds, int Gen0, int Gen2, long JitMethods)
{
    /// <summary>The current process's figures.</summary>
    public static ServerStats Current()
    {
        using Process self = Process.GetCurrentProcess();
        return new ServerStats(self.WorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalAllocatedBytes(),
            self.TotalProcessorTime.TotalMilliseconds, GC.CollectionCount(0), GC.CollectionCount(2),
            System.Runtime.JitInfo.GetCompiledMethodCount());
    }

    /// <summary>Answers <c>GET /_bench/stats</c>.</summary>
    public static Task WriteAsync(HttpContext http) =>
        http.Response.WriteAsJsonAsync(Current(), BenchJsonContext.Default.ServerStats);
}
