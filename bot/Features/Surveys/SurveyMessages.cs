using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Localization;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Writes each recipient's form (and reminder) in their language and time zone; closes and purges for the jobs.</summary>
internal sealed class SurveyMessages(
    IDbContextFactory<BotDbContext> contexts,
    SurveyService surveys,
    SurveyAudience audience,
    SurveyReport report,
    IOptions<SurveyOptions> options,
    TimeProvider time,
    ILogger<SurveyMessages> logger) : ISurveyMessages
{
    public async Task<IReadOnlyList<int>> RecipientsAsync(int surveyId, CancellationToken cancellationToken)
    {
        Survey? survey = await surveys.FindAsync(surveyId, cancellationToken);
        return survey is null || survey.State != SurveyState.Open ? [] : await audience.PeopleAsync(survey.AudienceKind, survey.AudienceValue, cancellationToken);
    }

    public async Task<IReadOnlyList<int>> NotAnsweredAsync(int surveyId, CancellationToken cancellationToken)
    {
        HashSet<int> answered = [.. await surveys.RespondentsAsync(surveyId, cancellationToken)];
        return [.. (await surveys.DeliveredToAsync(surveyId, cancellationToken)).Where(id => !answered.Contains(id))];
    }

    public Task<OutboundMessage?> ComposeFormAsync(int surveyId, int personId, CancellationToken cancellationToken) =>
        ComposeAsync(surveyId, personId, reminder: false, cancellationToken);

    public Task<OutboundMessage?> ComposeReminderAsync(int surveyId, int personId, CancellationToken cancellationToken) =>
        ComposeAsync(surveyId, personId, reminder: true, cancellationToken);

    public async Task<int?> CloseAsync(int surveyId, bool force, CancellationToken cancellationToken)
    {
        Survey? closed = await surveys.CloseAsync(surveyId, force, cancellationToken);
        if (closed is null)
        {
            return null;
        }

        Log.SurveyClosed(logger, surveyId);
        return closed.CreatedByPersonId;
    }

    public async Task<OutboundMessage?> ComposeResultsAsync(int surveyId, int staffPersonId, CancellationToken cancellationToken)
    {
        Person? staff = await PersonAsync(staffPersonId, cancellationToken);
        if (staff is null)
        {
            return null;
        }

        string lang = Languages.FromLocale(staff.PreferredLanguage) ?? Languages.Default;
        return await report.ComposeAsync(surveyId, staff.TimeZone ?? options.Value.TimeZone, lang, cancellationToken);
    }

    public async Task<int> PurgeExpiredAnswersAsync(CancellationToken cancellationToken)
    {
        int purged = await surveys.PurgeExpiredAsync(cancellationToken);
        DateTimeOffset before = time.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        Log.SurveyAnswersPurged(logger, purged, before);
        return purged;
    }

    private async Task<OutboundMessage?> ComposeAsync(int surveyId, int personId, bool reminder, CancellationToken ct)
    {
        Survey? survey = await surveys.FindAsync(surveyId, ct);
        if (survey is null || !surveys.IsOpen(survey) || (reminder && await surveys.HasAnsweredAsync(surveyId, personId, ct)))
        {
            return null;
        }

        Person? person = await PersonAsync(personId, ct);
        if (person is null)
        {
            return null;
        }

        string lang = Languages.FromLocale(person.PreferredLanguage) ?? Languages.Default;
        SurveyDefinition definition = SurveyWriter.Read(survey.DefinitionJson);
        var state = new SurveyCards.FormState(null, null, reminder ? "Form.Status.Reminder" : null, Open: true);
        (var card, string text) = SurveyCards.Form(survey, definition, state, person.TimeZone ?? options.Value.TimeZone, lang);
        return new OutboundMessage(reminder ? SurveysTexts.Texts.Get("Reminder.Text", lang, definition.Title.In(lang)) : text, card.AsObject(), Languages.Locale(lang));
    }

    private async Task<Person?> PersonAsync(int personId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
    }
}
