using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Conversation;

/// <summary>Registers the conversation basics.</summary>
internal static class ConversationServiceCollectionExtensions
{
    /// <summary>Member resolution, language, help, welcome and the apology on errors.</summary>
    public static IServiceCollection AddConversationFeature(this IServiceCollection services)
    {
        services.AddScoped<MemberResolver>();
        services.AddScoped<ConversationCapture>();
        // Middleware runs in registration order: who is speaking first, then the message checks that answer in their language.
        services.AddScoped<ITurnMiddleware, MemberMiddleware>();
        services.AddScoped<ITurnMiddleware, MessageGuardMiddleware>();
        services.AddScoped<ITurnErrorHandler, ApologyErrorHandler>();
        services.AddSingleton<IBotFeature, ConversationFeature>();
        services.AddSingleton<IHelpContributor, ConversationHelp>();
        services.AddScoped<HelpHandler>();
        services.AddScoped<LanguageHandler>();
        services.AddScoped<WelcomeHandler>();
        // The staff-only gate of every feature that implements IStaffOnlyFeature.
        services.AddScoped(typeof(StaffOnly<>));
        return services;
    }
}
