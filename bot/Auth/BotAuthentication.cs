using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ClustER.Bot.Auth;

/// <summary>
/// Inbound authentication of <c>/api/messages</c>: Bot Framework JWTs when an app id is configured,
/// otherwise the local anonymous mode, which accepts loopback callers only.
/// </summary>
public static partial class BotAuthentication
{
    /// <summary>The authorization policy on <c>/api/messages</c>.</summary>
    public const string PolicyName = "BotFrameworkChannel";

    /// <summary>The claim carrying the Connector URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>
    /// True when the activity may be processed: in anonymous mode always (the policy already required
    /// loopback), otherwise only when the token's <c>serviceurl</c> claim names the activity's serviceUrl.
    /// </summary>
    public static bool ServiceUrlMatchesToken(ClaimsPrincipal user, string? activityServiceUrl, bool anonymous)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (anonymous)
        {
            return true;
        }

        string? claimed = user.FindFirst(ServiceUrlClaim)?.Value;
        return claimed is not null && activityServiceUrl is not null && SameServiceUrl(claimed, activityServiceUrl);
    }

    /// <summary>Service URLs compare case-insensitively and regardless of a trailing slash.</summary>
    public static bool SameServiceUrl(string a, string b) =>
        string.Equals(a?.TrimEnd('/'), b?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a request from this machine (the only callers allowed in anonymous mode).</summary>
    internal static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip ? IPAddress.IsLoopback(ip) : http.Connection.LocalIpAddress is null;

    /// <summary>The requirement of the anonymous mode: the caller is on loopback.</summary>
    internal static void RequireLoopback(AuthorizationPolicyBuilder policy) =>
        policy.RequireAssertion(ctx => ctx.Resource is HttpContext http && IsLoopback(http));
}
