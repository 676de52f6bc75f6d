using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace ClustER.Bot.Operations.Dashboard;

/// <summary>Staff sign-in and the staff policy, when <c>StaffSignIn:ClientId</c> is configured.</summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddJobsDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LoopbackDashboardAuthorizationFilter>();
        if (!StaffSignIn.IsConfigured(configuration))
        {
            return services;
        }

        IConfigurationSection section = configuration.GetSection(StaffSignIn.SectionName);
        if (string.IsNullOrWhiteSpace(section["TenantId"]))
        {
            throw new InvalidOperationException("Configuration key 'StaffSignIn:TenantId' is required when StaffSignIn:ClientId is set.");
        }

        services.AddAuthentication()
            .AddMicrosoftIdentityWebApp(section, StaffSignIn.OpenIdConnectScheme, StaffSignIn.CookieScheme);
        services.Configure<CookieAuthenticationOptions>(StaffSignIn.CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "ClustER.Staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.ForwardChallenge = StaffSignIn.OpenIdConnectScheme;
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                // Signed in but not staff: a plain 403, there is no access-denied page to send them to.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<IAuthorizationHandler, StaffAuthorizationHandler>();
        services.AddAuthorizationBuilder().AddPolicy(StaffSignIn.PolicyName, policy => policy
            .AddAuthenticationSchemes(StaffSignIn.CookieScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new StaffRequirement()));
        return services;
    }
}
