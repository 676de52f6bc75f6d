using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Localization;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Surveys;

/// <summary>The staff's view of the answers: the results card, a question's chart, the CSV.</summary>
internal sealed class SurveyReport(IDbContextFactory<BotDbContext> contexts, SurveyService surveys, SurveyLinks links)
{
    /// <summary>The results card of <paramref name="surveyId"/>, or null when there is no such survey.</summary>
    public async Task<OutboundMessage?> ComposeAsync(int surveyId, string timeZoneId, string lang, CancellationToken ct)
    {
        Survey? survey = await surveys.FindAsync(surveyId, ct);
        if (survey is null)
        {
            return null;
        }

        SurveyDefinition definition = SurveyWriter.Read(survey.DefinitionJson);
        var answers = await surveys.AllAnswersAsync(surveyId, ct);
        int respondents = (await surveys.RespondentsAsync(surveyId, ct)).Count;
        int recipients = (await surveys.DeliveredToAsync(surveyId, ct)).Count;
        IReadOnlyList<QuestionResult> results = SurveyResults.Compute(definition, answers.Select(a => a.Answers), lang);
        (var card, string text) = SurveyCards.Results(survey, definition, results, Math.Max(respondents, answers.Count), recipients, links, timeZoneId, lang);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    /// <summary>The PNG chart of one question, or null when the survey or question is unknown or has nothing to chart.</summary>
    public async Task<byte[]?> ChartAsync(int surveyId, string questionId, CancellationToken ct)
    {
        Survey? survey = await surveys.FindAsync(surveyId, ct);
        if (survey is null)
        {
            return null;
        }

        SurveyDefinition definition = SurveyWriter.Read(survey.DefinitionJson);
        QuestionResult? result = SurveyResults.Compute(definition, (await surveys.AllAnswersAsync(surveyId, ct)).Select(a => a.Answers), Languages.Default)
            .FirstOrDefault(r => r.Question.Id == questionId);
        return result is null || result.Counts.Count == 0 ? null : SurveyChart.Png(result, result.Question.Label.It);
    }

    /// <summary>The CSV of the answers, or null for an unknown survey.</summary>
    public async Task<string?> CsvAsync(int surveyId, CancellationToken ct)
    {
        Survey? survey = await surveys.FindAsync(surveyId, ct);
        if (survey is null)
        {
            return null;
        }

        SurveyDefinition definition = SurveyWriter.Read(survey.DefinitionJson);
        var answers = await surveys.AllAnswersAsync(surveyId, ct);
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        List<int> ids = [.. answers.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value)];
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, Organisation = p.Organisation == null ? null : p.Organisation.Name }).ToDictionaryAsync(p => p.Id, ct);
        return SurveyCsv.Write(definition, [.. answers.Select(a => a.PersonId is { } id && people.TryGetValue(id, out var p)
            ? (p.Name, p.Organisation, a.Answers) : ((string?)null, (string?)null, a.Answers))]);
    }
}
