using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Privacy.Contributors;
using ClustER.Bot.Privacy;
using ClustER.Bot.Routing;
using ClustER.Jobs.Privacy;
using ClustER.Jobs.Scheduling;

namespace ClustER.Bot.Features.Privacy;

/// <summary>Registers members' data rights and the personal-data contributors of the features on main.</summary>
internal static class PrivacyServiceCollectionExtensions
{
    /// <summary>Export links, export and erasure, the staff notice job, the handlers and the contributors.</summary>
    public static IServiceCollection AddPrivacyFeature(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection();
        services.AddSingleton<ExportLinks>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataErasure>();
        services.AddScoped<PrivacyPeople>();
        services.AddScoped<IErasureNotices, ErasureNotices>();
        services.AddScoped<NotifyErasureJob>();
        services.AddScoped<IJobRecovery, ErasureNoticeRecovery>();
        services.AddScoped<MyDataHandler>();
        services.AddScoped<ForgetMeHandler>();
        services.AddScoped<IPersonalDataContributor, DirectoryPersonalData>();
        services.AddScoped<IPersonalDataContributor, ConversationPersonalData>();
        services.AddScoped<IPersonalDataContributor, DeliveryPersonalData>();
        services.AddScoped<IPersonalDataContributor, ReminderPersonalData>();
        services.AddScoped<IPersonalDataContributor, QuestionPersonalData>();
        services.AddScoped<IPersonalDataContributor, MeetingPersonalData>();
        services.AddSingleton<IBotFeature, PrivacyFeature>();
        services.AddSingleton<IHelpContributor, PrivacyHelp>();
        return services;
    }
}
