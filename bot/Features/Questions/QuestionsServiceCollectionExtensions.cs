using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Answers;
using ClustER.Bot.Features.Questions.Calendar;
using ClustER.Bot.Features.Questions.Staff;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions;

/// <summary>Registers members' question answering (and the knowledge it reads).</summary>
internal static class QuestionsServiceCollectionExtensions
{
    /// <summary>The knowledge store, understanding and search, answers, staff hand-off and calendar links.</summary>
    public static IServiceCollection AddQuestionsFeature(this IServiceCollection services)
    {
        services.AddKnowledgeFeature();
        services.AddOptions<QuestionsOptions>().BindConfiguration(QuestionsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<AnswerComposer>();
        services.AddScoped<StaffDesk>();
        services.AddScoped<QuestionHandler>();
        services.AddScoped<MoreHandler>();
        services.AddScoped<DetailsHandler>();
        services.AddScoped<RemindHandler>();
        services.AddScoped<AskStaffHandler>();
        services.AddScoped<StaffAnswerHandler>();
        services.AddScoped<OpenQuestionsHandler>();
        services.AddScoped<StaffFormHandler>();
        services.AddScoped<StaffSaveHandler>();
        services.AddSingleton<IBotFeature, QuestionsFeature>();
        services.AddSingleton<IHelpContributor, QaHelp>();
        return services;
    }
}
