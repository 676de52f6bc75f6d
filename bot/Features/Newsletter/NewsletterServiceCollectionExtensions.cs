using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Privacy;
using ClustER.Bot.Routing;
using ClustER.Jobs.Newsletter;
using ClustER.Jobs.Scheduling;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>Registers the newsletter and consent.</summary>
internal static class NewsletterServiceCollectionExtensions
{
    /// <summary>Options, consent, the content builder, the jobs and their port, the handlers, the schedule.</summary>
    public static IServiceCollection AddNewsletterFeature(this IServiceCollection services)
    {
        services.AddOptions<NewsletterOptions>().BindConfiguration(NewsletterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConsentOptions>().BindConfiguration(ConsentOptions.SectionName);
        services.AddScoped<ConsentRegistry>();
        services.AddScoped<NewsletterBuilder>();
        services.AddScoped<NewsletterIssues>();
        services.AddScoped<INewsletterDesk, NewsletterDesk>();
        services.AddScoped<PrepareNewsletterJob>();
        services.AddScoped<SendNewsletterJob>();
        services.AddScoped<IRecurringJobRegistration, NewsletterSchedule>();
        services.AddScoped<IJobRecovery, NewsletterRecovery>();
        services.AddScoped<IPersonalDataContributor, NewsletterPersonalData>();
        services.AddScoped<SendNowHandler>();
        services.AddScoped<DraftActionHandler>();
        services.AddScoped<NewsHandler>();
        services.AddScoped<ConsentHandler>();
        services.AddSingleton<IBotFeature, NewsletterFeature>();
        services.AddSingleton<IHelpContributor, NewsletterHelp>();
        return services;
    }
}
