using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Conversation;

/// <summary>Registers the conversation basics.</summary>
internal static class ConversationServiceCollectionExtensions
{
    /// <summary>Member resolution, language, help, welcome and the apology on errors.</summary>
    public static IServiceCollection AddConversationFeature(this IServiceCollection services)
    {
        // Singletons: they keep no per-turn state (contexts come from the pooled factory), and every turn runs
        // them, so a turn no longer builds them and their dependencies anew.
        services.AddSingleton<MemberResolver>();
        services.AddSingleton<ConversationCapture>();
        // Middleware runs in registration order: who is speaking first, then the message checks that answer in their language.
        services.AddSingleton<ITurnMiddleware, MemberMiddleware>();
        services.AddSingleton<ITurnMiddleware, MessageGuardMiddleware>();
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
