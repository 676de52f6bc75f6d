using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClustER.Bot.Operations.Health;

/// <summary><c>/healthz</c>: the database and Hangfire, as JSON; 200 when healthy or degraded, 503 when not.</summary>
internal static class HealthEndpoints
{
    /// <summary>The route probes call.</summary>
    public const string Route = "/healthz";

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, ["ready"])
            .AddCheck<HangfireHealthCheck>("hangfire", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapBotHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Route, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous()
            .DisableHttpMetrics();
        return endpoints;
    }
}
