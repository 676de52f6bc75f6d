using System.Text.Json.Nodes;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy.Contributors;

/// <summary>
/// The questions the person handed to the staff, with the answers. Erasure deletes them (the text is theirs);
/// questions a staff member answered keep the answerer's id, which points at the tombstone after that staff
/// member's own erasure.
/// </summary>
[PersonalData(typeof(StaffQuestion))]
internal sealed class QuestionPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "questions";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        List<StaffQuestion> asked = await db.StaffQuestions.AsNoTracking().Where(q => q.PersonId == personId)
            .OrderBy(q => q.Id).ToListAsync(cancellationToken);
        int answered = await db.StaffQuestions.CountAsync(q => q.AnsweredByPersonId == personId, cancellationToken);
        return new JsonObject
        {
            ["asked"] = new JsonArray([.. asked.Select(q => new JsonObject
            {
                ["number"] = q.Id,
                ["text"] = q.Text,
                ["language"] = q.Language,
                ["askedAt"] = q.AskedAt,
                ["answer"] = q.Answer,
                ["answeredAt"] = q.AnsweredAt,
            })]),
            ["answeredAsStaff"] = answered,
        };
    }

    public Task EraseAsync(int personId, CancellationToken cancellationToken) =>
        db.StaffQuestions.Where(q => q.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
}
