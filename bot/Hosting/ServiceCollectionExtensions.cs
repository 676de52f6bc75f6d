using ClustER.Bot.Auth;
using ClustER.Bot.Connector;
using ClustER.Bot.Delivery;
using ClustER.Bot.Features;
using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Operations;
using ClustER.Bot.Storage;
using ClustER.Bot.TeamsPackage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClustER.Bot.Hosting;

/// <summary>The bot's composition root, one call per concern.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers everything the bot host needs.</summary>
    public static WebApplicationBuilder AddClustERBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddBotOptions()
            .AddBotClock(builder.Configuration)
            .AddBotAuthentication(builder.Configuration)
            .AddConnectorClient()
            .AddActivityRouting()
            .AddBotStorage(builder.Configuration)
            .AddProactiveDelivery()
            .AddBotOperations(builder.Configuration)
            .AddMemberDirectory()
            .AddTeamsPackage()
            .AddBotFeatures();
        return builder;
    }

    /// <summary>Binds and validates <see cref="BotOptions"/> at start.</summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>The router, the turn pipeline and the deduplicator.</summary>
    public static IServiceCollection AddActivityRouting(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<TurnProcessor>();
        services.TryAddScoped<Routing.ITurnErrorHandler, Routing.DefaultTurnErrorHandler>();
        services.AddSingleton(sp =>
        {
            var router = new Routing.ActivityRouter();
            foreach (Routing.IBotFeature feature in sp.GetServices<Routing.IBotFeature>().OrderBy(f => f.Order))
            {
                feature.MapRoutes(router);
            }

            return router;
        });
        return services;
    }
}
