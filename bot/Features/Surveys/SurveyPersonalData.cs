using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// A person's survey data: the surveys they answered, and their answers to named surveys. Anonymous answers
/// are not linked to anyone, so they are neither exported nor erasable per person (only the participation is).
/// A survey a staff member sent stays linked to the anonymised person (the tombstone holds no personal data).
/// </summary>
[PersonalData(typeof(SurveyResponse), typeof(SurveyParticipation), typeof(Survey))]
internal sealed class SurveyPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "surveys";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        var answered = await db.SurveyParticipations.AsNoTracking().Where(p => p.PersonId == personId)
            .Join(db.Surveys, p => p.SurveyId, s => s.Id, (p, s) => new { s.Id, s.Name, s.Title, s.IsAnonymous })
            .ToListAsync(cancellationToken);
        var answers = await db.SurveyResponses.AsNoTracking().Where(r => r.PersonId == personId)
            .Select(r => new { r.SurveyId, r.AnswersJson, r.UpdatedAt }).ToListAsync(cancellationToken);
        if (answered.Count == 0 && answers.Count == 0)
        {
            return null;
        }

        return new JsonArray([.. answered.Select(s => (JsonNode)new JsonObject
        {
            ["survey"] = s.Name,
            ["title"] = s.Title,
            ["anonymous"] = s.IsAnonymous,
            ["answers"] = answers.FirstOrDefault(a => a.SurveyId == s.Id) is { } a ? JsonNode.Parse(a.AnswersJson) : null,
            ["updatedAt"] = answers.FirstOrDefault(a => a.SurveyId == s.Id)?.UpdatedAt,
        })]);
    }

    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        await db.SurveyResponses.Where(r => r.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.SurveyParticipations.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
    }
}
