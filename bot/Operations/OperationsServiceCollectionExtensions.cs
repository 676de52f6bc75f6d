using ClustER.Bot.Operations.Dashboard;
using ClustER.Bot.Operations.Health;
using ClustER.Bot.Operations.Jobs;
using ClustER.Bot.Operations.Telemetry;

namespace ClustER.Bot.Operations;

/// <summary>Everything that runs and watches the bot: Hangfire, its dashboard, <c>/healthz</c>, telemetry.</summary>
internal static class OperationsServiceCollectionExtensions
{
    /// <summary>Registers the operations; a bad <c>Jobs</c>, <c>Telemetry</c> or <c>StaffSignIn</c> setting fails here, naming the key.</summary>
    public static IServiceCollection AddBotOperations(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddBotTelemetry(configuration)
            .AddBotJobs(configuration)
            .AddJobsDashboard(configuration)
            .AddBotHealthChecks();

    /// <summary>Maps <c>/healthz</c> and <c>/hangfire</c>.</summary>
    public static IEndpointRouteBuilder MapBotOperations(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapBotHealthChecks().MapJobsDashboard();
}
