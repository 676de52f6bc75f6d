using ClustER.Bot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClustER.Bot.Operations.Health;

/// <summary>Healthy when the application database answers a query.</summary>
internal sealed class DatabaseHealthCheck(BotDbContext db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName?.Split('.').Last()} reachable")
                : HealthCheckResult.Unhealthy("the database cannot be reached");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception may name servers or paths: it goes to the log, not to the anonymous response.
            Log.HealthCheckFailed(logger, ex, "database");
            return HealthCheckResult.Unhealthy("the database cannot be reached");
        }
    }
}
