using ClustER.Bot.Features;
using ClustER.Bot.Operations;

namespace ClustER.Bot.Hosting;

/// <summary>The bot's middleware and endpoints.</summary>
public static class ApplicationBuilderExtensions
{
    /// <summary>Authentication and authorization, and the start-up warning for the anonymous mode.</summary>
    public static WebApplication UseClustERBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Maps <c>/api/messages</c> and the operational endpoints.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMessagesEndpoint();
        app.MapBotOperations();
        app.MapFeatureEndpoints();
        return app;
    }
}
