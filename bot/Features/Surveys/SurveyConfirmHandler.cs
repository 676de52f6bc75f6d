using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Surveys;
using Hangfire;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// The staff's Send or Cancel on the confirmation card. Send opens the survey and hands the fan-out to
/// Hangfire at once; the close and each reminder point are scheduled jobs. The card is redrawn with the outcome.
/// </summary>
internal sealed class SurveyConfirmHandler(StaffOnly<SurveysFeature> gate, SurveyService surveys, SurveyAudience audience, IBackgroundJobClient jobs, TimeProvider time,
    ILogger<SurveyConfirmHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        CardAction action = context.CardAction!;
        int surveyId = action.GetInt32("surveyId") ?? 0;
        Survey? survey = await surveys.FindAsync(surveyId, cancellationToken);
        if (survey is null)
        {
            await context.AcknowledgeCardActionAsync(SurveysTexts.Texts.Get("UnknownSurvey", member.Language), cancellationToken);
            return;
        }

        int recipients = (await audience.PeopleAsync(survey.AudienceKind, survey.AudienceValue, cancellationToken)).Count;
        string status;
        if (action.Verb == CardVerbs.SurveyDiscard)
        {
            status = await surveys.DiscardAsync(surveyId, cancellationToken) ? "Confirm.Discarded" : "Confirm.AlreadyDone";
        }
        else if (await surveys.ConfirmAsync(surveyId, SurveyService.ReminderPoints(action.GetString("reminderDays")), cancellationToken) is { } open)
        {
            Schedule(open);
            Log.SurveyConfirmed(logger, surveyId, member.PersonId, recipients);
            status = "Confirm.Sent";
        }
        else
        {
            status = survey.ClosesAt <= time.GetUtcNow() ? "Send.Error.Past" : "Confirm.AlreadyDone";
        }

        survey = await surveys.FindAsync(surveyId, cancellationToken) ?? survey;
        (var card, string text) = SurveyCards.Confirm(survey, recipients, member.TimeZoneId, member.Language, status);
        await context.ReplaceCardAsync(card, text, cancellationToken);
    }

    private void Schedule(Survey survey)
    {
        jobs.Enqueue<SendSurveyJob>(job => job.RunAsync(survey.Id, CancellationToken.None));
        jobs.Schedule<CloseSurveyJob>(job => job.RunAsync(survey.Id, false, CancellationToken.None), survey.ClosesAt);
        SurveySchedule.Reminders(jobs, survey, time.GetUtcNow());
    }
}
