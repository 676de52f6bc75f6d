using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// "invia sondaggio NAME a …, chiude il …": read, checked, recorded as awaiting confirmation, and answered with
/// the confirmation card showing how many people the survey would reach. Nothing is sent before the staff confirm.
/// </summary>
internal sealed class SendSurveyHandler(StaffOnly<SurveysFeature> gate, SurveyCatalog catalog, SurveyService surveys, SurveyAudience audience, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        string lang = member.Language;
        var t = SurveysTexts.Texts;
        string name = context.RouteMatch!.Groups["name"].Value;
        SurveyDefinition? definition = catalog.Find(name);
        if (definition is null)
        {
            string known = string.Join(", ", catalog.All.Select(s => s.Id));
            await context.SendTextAsync(t.Get("Send.Error.UnknownSurvey", lang, name, known.Length > 0 ? known : "-"), cancellationToken);
            return;
        }

        DateOnly today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        SurveyCommand? command = SurveyCommand.Parse(definition.Id, context.RouteMatch.Groups["rest"].Value, today, out string? error);
        if (command is null)
        {
            await context.SendTextAsync(t.Get(error!, lang) + "\n\n" + t.Get("Send.Example", lang, definition.Id), cancellationToken);
            return;
        }

        Survey survey = await surveys.DraftAsync(definition, command, member.PersonId, cancellationToken);
        int recipients = (await audience.PeopleAsync(command.Audience, command.AudienceValue, cancellationToken)).Count;
        (var card, string text) = SurveyCards.Confirm(survey, recipients, member.TimeZoneId, lang);
        await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
    }
}
