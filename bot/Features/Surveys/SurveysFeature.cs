using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Surveys staff send through the bot: send, confirm, answer, results, close.</summary>
internal sealed class SurveysFeature : IBotFeature, IStaffOnlyFeature
{
    public static string StaffRefusal(string language) => SurveysTexts.Texts.Get("Refused", language);

    public static void LogStaffRefusal(ILogger logger, int personId, string command) => Log.SurveyCommandRefused(logger, personId, command);

    public static string MessageCommand(TurnContext context) => "survey-command";

    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<SendSurveyHandler>("surveys-send", SurveyCommand.Pattern())
            .OnMessage<SurveyBuilderHandler>("surveys-builder", SurveyBuilderHandler.Pattern())
            .OnCardAction<SurveyBuilderHandler>(CardVerbs.SurveySaveDraft)
            .OnMessage<SurveyStaffHandler>("surveys-staff", SurveysPatterns.Staff())
            .OnCardAction<SurveyConfirmHandler>(CardVerbs.SurveyConfirm)
            .OnCardAction<SurveyConfirmHandler>(CardVerbs.SurveyDiscard)
            .OnCardAction<SurveyAnswerHandler>(CardVerbs.SurveyAnswer)
            .OnCardAction<SurveyStaffHandler>(CardVerbs.SurveyResults)
            .OnCardAction<SurveyStaffHandler>(CardVerbs.SurveyClose);
    }
}
