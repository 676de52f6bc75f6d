namespace ClustER.Bot.Operations.Dashboard;

/// <summary>
/// Staff sign-in with Microsoft Entra ID (OpenID Connect through Microsoft.Identity.Web), for the jobs
/// dashboard. Configured in the <c>StaffSignIn</c> section with Microsoft.Identity.Web's keys:
/// <c>Instance</c> (default https://login.microsoftonline.com/), <c>TenantId</c>, <c>ClientId</c>,
/// <c>ClientSecret</c>, <c>CallbackPath</c> (default /signin-oidc). Without a <c>ClientId</c> there is no
/// sign-in and the dashboard is open to this machine only.
/// </summary>
public static class StaffSignIn
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "StaffSignIn";

    /// <summary>The cookie that keeps a signed-in staff member.</summary>
    public const string CookieScheme = "StaffCookies";

    /// <summary>The Entra ID OpenID Connect scheme.</summary>
    public const string OpenIdConnectScheme = "StaffOpenIdConnect";

    /// <summary>The authorization policy of the dashboard with sign-in: authenticated, and staff.</summary>
    public const string PolicyName = "Staff";

    /// <summary>True when <c>StaffSignIn:ClientId</c> is set.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:ClientId"]);
    }
}
