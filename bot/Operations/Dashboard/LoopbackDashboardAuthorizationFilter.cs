using System.Net;
using Hangfire.Dashboard;

namespace ClustER.Bot.Operations.Dashboard;

/// <summary>
/// The dashboard rule without staff sign-in: requests from this machine only. A request that came
/// through a proxy has the proxy's address, so it is refused too, which is the safe side.
/// </summary>
internal sealed class LoopbackDashboardAuthorizationFilter(ILogger<LoopbackDashboardAuthorizationFilter> logger) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpContext http = context.GetHttpContext();
        if (IsLoopback(http.Connection))
        {
            return true;
        }

        Log.DashboardRefused(logger, http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return false;
    }

    /// <summary>
    /// True for a loopback caller. A connection without addresses is an in-process test server; Kestrel
    /// always sets the remote address.
    /// </summary>
    internal static bool IsLoopback(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote ? IPAddress.IsLoopback(remote) : connection.LocalIpAddress is null;
}
