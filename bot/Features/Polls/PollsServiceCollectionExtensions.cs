using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Privacy;
using ClustER.Bot.Routing;
using ClustER.Jobs.Polls;

namespace ClustER.Bot.Features.Polls;

/// <summary>Registers working-group meeting polls.</summary>
internal static class PollsServiceCollectionExtensions
{
    /// <summary>The poll services, handlers and jobs, the reminder source and the personal-data contributor.</summary>
    public static IServiceCollection AddPollsFeature(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddSingleton<PollLinks>();
        services.AddSingleton<PollCalendar>();
        services.AddScoped<PollReader>();
        services.AddScoped<PollService>();
        services.AddScoped<PollGate>();
        services.AddScoped<PollMessages>();
        services.AddScoped<IPollMessages>(sp => sp.GetRequiredService<PollMessages>());
        services.AddScoped<SendPollJob>();
        services.AddScoped<RemindPollVotersJob>();
        services.AddScoped<ClosePollJob>();
        services.AddScoped<IReminderSubjectSource, PollSubjectSource>();
        services.AddScoped<IPersonalDataContributor, PollPersonalData>();
        services.AddScoped<NewPollHandler>();
        services.AddScoped<CreatePollHandler>();
        services.AddScoped<VoteHandler>();
        services.AddScoped<PollManageHandler>();
        services.AddSingleton<IBotFeature, PollsFeature>();
        services.AddSingleton<IHelpContributor, PollsHelp>();
        return services;
    }
}
