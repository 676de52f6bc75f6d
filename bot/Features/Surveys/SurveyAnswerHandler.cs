using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// A recipient sends (or updates) their answers from the form. Problems are shown in the card itself, next to
/// each question, with what was typed kept; saved answers stay in the form to edit until the close (named
/// surveys). A late or refused answer gets a polite line and the card shows why.
/// </summary>
internal sealed class SurveyAnswerHandler(SurveyService surveys) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        CardAction action = context.CardAction!;
        Survey? survey = await surveys.FindAsync(action.GetInt32("surveyId") ?? 0, cancellationToken);
        if (survey is null)
        {
            await context.AcknowledgeCardActionAsync(SurveysTexts.Texts.Get("UnknownSurvey", lang), cancellationToken);
            return;
        }

        SurveyDefinition definition = SurveyWriter.Read(survey.DefinitionJson);
        SurveyAnswers answers = SurveyAnswers.Read(definition, action.Data, out Dictionary<string, string> errors);
        SurveyCards.FormState state;
        if (errors.Count > 0 && surveys.IsOpen(survey))
        {
            state = new SurveyCards.FormState(answers, errors, "Form.Status.Errors", Open: true, [errors.Count]);
        }
        else if (await surveys.AnswerAsync(survey, member.PersonId, answers, cancellationToken) is { } refusal)
        {
            if (!action.IsInvoke)
            {
                await context.SendTextAsync(SurveysTexts.Texts.Get(refusal, lang), cancellationToken);
            }

            state = refusal == "Answer.Closed"
                ? new SurveyCards.FormState(null, null, "Form.Status.Closed", Open: false)
                : new SurveyCards.FormState(null, null, refusal, Open: false);
        }
        else
        {
            state = survey.IsAnonymous
                ? new SurveyCards.FormState(null, null, "Form.Status.SavedAnonymous", Open: false)
                : new SurveyCards.FormState(answers, null, "Form.Status.Saved", Open: true);
        }

        (var card, string text) = SurveyCards.Form(survey, definition, state, member.TimeZoneId, lang);
        await context.ReplaceCardAsync(card, text, cancellationToken);
    }
}
