using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Jobs.Assemblies;
using ClustER.Jobs.Scheduling;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>Registers general assemblies and board meetings.</summary>
internal static class AssembliesServiceCollectionExtensions
{
    /// <summary>The statute options, the meeting services and handlers, the convocation jobs and the reminder source.</summary>
    public static IServiceCollection AddAssembliesFeature(this IServiceCollection services)
    {
        services.AddOptions<AssemblyOptions>().BindConfiguration(AssemblyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection();
        services.AddSingleton<MeetingLinks>();
        services.AddSingleton<MeetingCalendar>();
        services.AddScoped<MeetingDirectory>();
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingMessages>();
        services.AddScoped<IMeetingMessages>(sp => sp.GetRequiredService<MeetingMessages>());
        services.AddScoped<StaffCards>();
        services.AddScoped<SendConvocationJob>();
        services.AddScoped<RemindUnansweredJob>();
        services.AddScoped<IReminderSubjectSource, MeetingSubjectSource>();
        services.AddScoped<IJobRecovery, ConvocationRecovery>();
        services.AddScoped<ConveneHandler>();
        services.AddScoped<ConvocationSubmitHandler>();
        services.AddScoped<RsvpHandler>();
        services.AddScoped<MeetingStaffHandler>();
        services.AddSingleton<IBotFeature, AssembliesFeature>();
        services.AddSingleton<IHelpContributor, AssembliesHelp>();
        return services;
    }
}
