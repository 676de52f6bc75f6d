using Hangfire;

namespace ClustER.Bot.Operations.Dashboard;

/// <summary>The Hangfire dashboard at <c>/hangfire</c>: for staff signed in with Entra ID, or for this machine only.</summary>
internal static class DashboardEndpoints
{
    /// <summary>The dashboard's path.</summary>
    public const string Route = "/hangfire";

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        IConfiguration configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        var options = new DashboardOptions { DashboardTitle = "ClustER.Bot jobs", DisplayStorageConnectionString = false };
        if (StaffSignIn.IsConfigured(configuration))
        {
            endpoints.MapHangfireDashboardWithAuthorizationPolicy(StaffSignIn.PolicyName, Route, options);
            return endpoints;
        }

        options.Authorization = [endpoints.ServiceProvider.GetRequiredService<LoopbackDashboardAuthorizationFilter>()];

        // The filter is the access rule; AllowAnonymous keeps a global fallback policy from shadowing it.
        endpoints.MapHangfireDashboard(Route, options).AllowAnonymous();
        return endpoints;
    }
}
