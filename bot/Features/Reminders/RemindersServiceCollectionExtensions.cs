using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Jobs.Reminders;
using ClustER.Jobs.Scheduling;

namespace ClustER.Bot.Features.Reminders;

/// <summary>Registers reminders: the sweep and its ports, the member commands, the help lines.</summary>
internal static class RemindersServiceCollectionExtensions
{
    /// <summary>Everything reminders need.</summary>
    public static IServiceCollection AddRemindersFeature(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IReminderStore, EfReminderStore>();
        services.AddScoped<IReminderComposer, ReminderComposer>();
        services.AddScoped<ReminderSweepJob>();
        services.AddScoped<IRecurringJobRegistration, ReminderSweepSchedule>();
        services.AddScoped<MemberReminders>();
        services.AddScoped<MyRemindersHandler>();
        services.AddScoped<ReminderSettingsHandler>();
        services.AddScoped<RemindMeHandler>();
        services.AddSingleton<IBotFeature, RemindersFeature>();
        services.AddSingleton<IHelpContributor, RemindersHelp>();
        return services;
    }
}
