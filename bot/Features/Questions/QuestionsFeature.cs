using System.Text.RegularExpressions;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Questions.Staff;
using ClustER.Bot.Routing;
using ClustER.Cards;
using Route = ClustER.Bot.Routing.Route;

namespace ClustER.Bot.Features.Questions;

/// <summary>
/// Members' questions about calls, events and the association. Registers last (high order): its question
/// route takes any message no other feature took. Staff commands match only for staff, so a member who
/// writes "nuovo bando?" is asking a question.
/// </summary>
internal sealed class QuestionsFeature : IBotFeature
{
    public int Order => 10_000;

    public void MapRoutes(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.Add(StaffCommand<StaffAnswerHandler>("qa:staff-answer", QaPatterns.Answer()))
            .Add(StaffCommand<OpenQuestionsHandler>("qa:open-questions", QaPatterns.OpenQuestions()))
            .Add(StaffCommand<StaffFormHandler>("qa:staff-form", QaPatterns.Form()))
            .OnCardAction<MoreHandler>(CardVerbs.QaMore)
            .OnCardAction<DetailsHandler>(CardVerbs.QaDetails)
            .OnCardAction<RemindHandler>(CardVerbs.QaRemind)
            .OnCardAction<AskStaffHandler>(CardVerbs.QaAskStaff)
            .OnCardAction<StaffSaveHandler>(CardVerbs.QaSaveCall)
            .OnCardAction<StaffSaveHandler>(CardVerbs.QaSaveEvent)
            .OnAnyMessage<QuestionHandler>("qa:question");
    }

    private static Route StaffCommand<THandler>(string name, Regex pattern)
        where THandler : ITurnHandler =>
        new(name, ctx =>
        {
            if (ctx.Activity.Type != Protocol.ActivityTypes.Message || ctx.CardAction is not null || ctx.TryGetMember() is not { IsStaff: true })
            {
                return false;
            }

            Match match = pattern.Match(ctx.Text);
            if (!match.Success)
            {
                return false;
            }

            ctx.RouteMatch = match;
            return true;
        }, (ctx, ct) => ctx.Services.GetRequiredService<THandler>().HandleAsync(ctx, ct));
}
