using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Privacy;
using ClustER.Bot.Routing;
using ClustER.Jobs.Scheduling;
using ClustER.Jobs.Surveys;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Registers surveys.</summary>
internal static class SurveysServiceCollectionExtensions
{
    /// <summary>The options, the catalog and its folder import, the services, handlers, jobs and links.</summary>
    public static IServiceCollection AddSurveysFeature(this IServiceCollection services)
    {
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection();
        services.AddSingleton<SurveyCatalog>();
        services.AddHostedService<SurveysHostedService>();
        services.AddSingleton<SurveyLinks>();
        services.AddScoped<SurveyService>();
        services.AddScoped<SurveyAudience>();
        services.AddScoped<SurveyReport>();
        services.AddScoped<ISurveyMessages, SurveyMessages>();
        services.AddScoped<SendSurveyJob>();
        services.AddScoped<RemindSurveyJob>();
        services.AddScoped<CloseSurveyJob>();
        services.AddScoped<PurgeSurveyAnswersJob>();
        services.AddScoped<SurveyJobs>();
        services.AddScoped<IRecurringJobRegistration>(sp => sp.GetRequiredService<SurveyJobs>());
        services.AddScoped<IJobRecovery>(sp => sp.GetRequiredService<SurveyJobs>());
        services.AddScoped<IPersonalDataContributor, SurveyPersonalData>();
        services.AddScoped<SendSurveyHandler>();
        services.AddScoped<SurveyBuilderHandler>();
        services.AddScoped<SurveyConfirmHandler>();
        services.AddScoped<SurveyAnswerHandler>();
        services.AddScoped<SurveyStaffHandler>();
        services.AddSingleton<IBotFeature, SurveysFeature>();
        services.AddSingleton<IHelpContributor, SurveysHelp>();
        return services;
    }
}
