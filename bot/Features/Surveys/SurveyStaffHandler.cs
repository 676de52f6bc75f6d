using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Delivery;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// Staff: "risultati sondaggio NAME" / "survey results NAME" and "chiudi sondaggio NAME" / "close survey NAME",
/// and the Results, Refresh and Close buttons. Closing here is immediate; the close job then finds nothing to do.
/// </summary>
internal sealed class SurveyStaffHandler(StaffOnly<SurveysFeature> gate, SurveyService surveys, SurveyReport report) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        string lang = member.Language;
        Survey? survey = context.CardAction?.GetInt32("surveyId") is { } id
            ? await surveys.FindAsync(id, cancellationToken)
            : await surveys.LatestAsync(context.RouteMatch?.Groups["name"].Value ?? string.Empty, cancellationToken);
        if (survey is null)
        {
            await context.AcknowledgeCardActionAsync(SurveysTexts.Texts.Get("UnknownSurvey", lang), cancellationToken);
            return;
        }

        bool close = context.CardAction?.Verb == CardVerbs.SurveyClose || context.RouteMatch?.Groups["close"].Success == true;
        if (close && await surveys.CloseAsync(survey.Id, force: true, cancellationToken) is null && context.CardAction is null)
        {
            await context.SendTextAsync(SurveysTexts.Texts.Get("Close.NotOpen", lang), cancellationToken);
        }

        OutboundMessage results = (await report.ComposeAsync(survey.Id, member.TimeZoneId, lang, cancellationToken))!;
        if (context.CardAction is not null)
        {
            await context.ReplaceCardAsync(results.Card!, results.Text, cancellationToken);
            return;
        }

        await context.SendAsync(ActivityFactory.Card(results.Card!, results.Text, context.ReplyLocale), cancellationToken);
    }
}
