using ClustER.Bot.Operations.Jobs;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Operations.Health;

/// <summary>
/// Healthy when Hangfire's storage answers and a server is alive; degraded when the storage answers but
/// no server has sent a heartbeat lately (jobs are queued but nothing runs them).
/// </summary>
internal sealed class HangfireHealthCheck(
    JobStorage storage,
    JobStorageInfo info,
    IOptions<JobsOptions> options,
    ILogger<HangfireHealthCheck> logger) : IHealthCheck
{
    /// <summary>Hangfire servers send a heartbeat every 30 seconds; two missed ones mean trouble.</summary>
    private static readonly TimeSpan HeartbeatLimit = TimeSpan.FromSeconds(90);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            IMonitoringApi monitoring = storage.GetMonitoringApi();
            StatisticsDto statistics = monitoring.GetStatistics();

            // Heartbeats are written with the real clock, so they are compared with it, not with Clock:Now.
            DateTime now = TimeProvider.System.GetUtcNow().UtcDateTime;
            int alive = monitoring.Servers().Count(s => s.Heartbeat is { } beat && now - beat < HeartbeatLimit);
            var data = new Dictionary<string, object>
            {
                ["storage"] = info.Name,
                ["servers"] = alive,
                ["enqueued"] = statistics.Enqueued,
                ["scheduled"] = statistics.Scheduled,
                ["processing"] = statistics.Processing,
                ["failed"] = statistics.Failed,
            };
            if (alive == 0 && options.Value.ServerEnabled)
            {
                return Task.FromResult(HealthCheckResult.Degraded("no Hangfire server is running", data: data));
            }

            return Task.FromResult(HealthCheckResult.Healthy($"{info.Name} storage reachable", data));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HealthCheckFailed(logger, ex, "hangfire");
            return Task.FromResult(HealthCheckResult.Unhealthy("the Hangfire storage cannot be reached"));
        }
    }
}
