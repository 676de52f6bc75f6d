using ClustER.Bot.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Auth;

/// <summary>Registers inbound authentication for <c>/api/messages</c>.</summary>
internal static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// JWT validation when <c>Bot:MicrosoftAppId</c> is set; otherwise the local anonymous mode, which lets
    /// loopback callers in without a token and turns everyone else away with 401.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var bot = configuration.GetSection(BotOptions.SectionName).Get<BotOptions>() ?? new BotOptions();
        if (bot.IsLocalAnonymousMode)
        {
            services.AddAuthentication(LocalAnonymousAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, LocalAnonymousAuthenticationHandler>(LocalAnonymousAuthenticationHandler.SchemeName, null);
        }
        else
        {
            services.AddSingleton<OpenIdMetadataCache>();
            services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BotJwtBearerConfiguration>();
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        }

        services.AddAuthorizationBuilder().AddPolicy(BotAuthentication.PolicyName, policy => policy.RequireAuthenticatedUser());
        return services;
    }
}
