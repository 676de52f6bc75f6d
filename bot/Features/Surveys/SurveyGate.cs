using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Lets staff through; tells anyone else politely that surveys are run by the staff, and logs the attempt.</summary>
internal sealed class SurveyGate(ILogger<SurveyGate> logger)
{
    /// <summary>True for staff; otherwise answers the refusal and returns false.</summary>
    public async Task<bool> AllowAsync(TurnContext context, CancellationToken ct)
    {
        MemberContext member = context.Member();
        if (member.IsStaff)
        {
            return true;
        }

        Log.SurveyCommandRefused(logger, member.PersonId, context.CardAction?.Verb ?? "survey-command");
        await context.AcknowledgeCardActionAsync(SurveysTexts.Texts.Get("Refused", member.Language), ct);
        return false;
    }
}
