using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Surveys;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Answers: one set per person, editable until the close for named surveys, final for anonymous ones.</summary>
internal sealed partial class SurveyService
{
    /// <summary>Saves <paramref name="answers"/> of <paramref name="personId"/>; null when saved, else the refusal's resource key.</summary>
    public async Task<string?> AnswerAsync(Survey survey, int personId, SurveyAnswers answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        if (!IsOpen(survey))
        {
            return "Answer.Closed";
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        string subject = SendSurveyJob.SubjectId(survey.Id);
        if (!await db.Deliveries.AnyAsync(d => d.Kind == SendSurveyJob.LedgerKind && d.SubjectId == subject && d.PersonId == personId, ct))
        {
            return "Answer.NotInvited";
        }

        bool answered = await db.SurveyParticipations.AnyAsync(p => p.SurveyId == survey.Id && p.PersonId == personId, ct);
        if (survey.IsAnonymous)
        {
            if (answered)
            {
                return "Answer.AnonymousFinal";
            }

            // Two rows with nothing in common but the survey: who answered, and (elsewhere, keyed at random) what.
            db.SurveyParticipations.Add(new SurveyParticipation { SurveyId = survey.Id, PersonId = personId });
            db.SurveyResponses.Add(new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, AnswersJson = answers.ToJson() });
            return await SaveOnceAsync(db, ct) ? null : "Answer.AnonymousFinal";
        }

        SurveyResponse? response = await db.SurveyResponses.FirstOrDefaultAsync(r => r.SurveyId == survey.Id && r.PersonId == personId, ct);
        if (response is null)
        {
            response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, PersonId = personId, AnswersJson = string.Empty };
            db.SurveyResponses.Add(response);
        }

        if (!answered)
        {
            db.SurveyParticipations.Add(new SurveyParticipation { SurveyId = survey.Id, PersonId = personId });
        }

        response.AnswersJson = answers.ToJson();
        response.UpdatedAt = time.GetUtcNow();
        if (!await SaveOnceAsync(db, ct))
        {
            // A concurrent submit (double click) inserted first: apply these answers to its row.
            await using BotDbContext retry = await contexts.CreateDbContextAsync(ct);
            await retry.SurveyResponses.Where(r => r.SurveyId == survey.Id && r.PersonId == personId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.AnswersJson, answers.ToJson()).SetProperty(r => r.UpdatedAt, time.GetUtcNow()), ct);
        }

        return null;
    }

    /// <summary>The person's saved answers to a named survey, or null (always null for anonymous ones).</summary>
    public async Task<SurveyAnswers?> AnswersOfAsync(Survey survey, int personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (survey.IsAnonymous)
        {
            return null;
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        string? json = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id && r.PersonId == personId)
            .Select(r => r.AnswersJson).FirstOrDefaultAsync(ct);
        return json is null ? null : SurveyAnswers.FromJson(json);
    }

    /// <summary>True when the person has answered.</summary>
    public async Task<bool> HasAnsweredAsync(int surveyId, int personId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.SurveyParticipations.AnyAsync(p => p.SurveyId == surveyId && p.PersonId == personId, ct);
    }

    /// <summary>Every set of answers, with the person for named surveys.</summary>
    public async Task<IReadOnlyList<(int? PersonId, SurveyAnswers Answers)>> AllAnswersAsync(int surveyId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).OrderBy(r => r.Id)
            .Select(r => new { r.PersonId, r.AnswersJson }).ToListAsync(ct);
        return [.. rows.Select(r => (r.PersonId, SurveyAnswers.FromJson(r.AnswersJson)))];
    }

    /// <summary>Deletes the personal answers of named surveys closed before the retention period; returns how many surveys.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        DateTimeOffset before = time.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        List<int> due = await db.Surveys.Where(s => s.State == SurveyState.Closed && s.ClosedAt < before && s.AnswersPurgedAt == null && !s.IsAnonymous)
            .Select(s => s.Id).ToListAsync(ct);
        foreach (int id in due)
        {
            await db.SurveyResponses.Where(r => r.SurveyId == id).ExecuteDeleteAsync(ct);
            await db.SurveyParticipations.Where(p => p.SurveyId == id).ExecuteDeleteAsync(ct);
            await db.Surveys.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.AnswersPurgedAt, time.GetUtcNow()), ct);
        }

        return due.Count;
    }

    private static async Task<bool> SaveOnceAsync(BotDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
