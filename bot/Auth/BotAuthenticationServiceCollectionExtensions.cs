using ClustER.Bot.Hosting;

namespace ClustER.Bot.Auth;

/// <summary>Registers inbound authentication for <c>/api/messages</c>.</summary>
internal static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>JWT validation when <c>Bot:MicrosoftAppId</c> is set; the loopback-only anonymous mode otherwise.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var bot = configuration.GetSection(BotOptions.SectionName).Get<BotOptions>() ?? new BotOptions();
        services.AddAuthentication();
        services.AddAuthorizationBuilder().AddPolicy(BotAuthentication.PolicyName, policy =>
        {
            if (bot.IsAnonymous)
            {
                BotAuthentication.RequireLoopback(policy);
            }
            else
            {
                policy.RequireAuthenticatedUser();
            }
        });
        return services;
    }
}
