using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Newsletter;
using ClustER.Bot.Features.Polls;
using ClustER.Bot.Features.Privacy;
using ClustER.Bot.Features.Questions;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Features.Surveys;

namespace ClustER.Bot.Features;

/// <summary>Registers the product features and their routes.</summary>
internal static class FeatureServiceCollectionExtensions
{
    /// <summary>Every feature of the bot.</summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services) =>
        services.AddConversationFeature()
            .AddQuestionsFeature()
            .AddRemindersFeature()
            .AddAssembliesFeature()
            .AddPrivacyFeature()
            .AddNewsletterFeature()
            .AddPollsFeature()
            .AddSurveysFeature();
}
