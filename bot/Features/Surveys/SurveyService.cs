using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Surveys;

/// <summary>A survey's life: drafted by the send command, confirmed, answered, closed.</summary>
internal sealed partial class SurveyService(IDbContextFactory<BotDbContext> contexts, IOptions<SurveyOptions> options, TimeProvider time)
{
    /// <summary>The survey, or null.</summary>
    public async Task<Survey?> FindAsync(int surveyId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, ct);
    }

    /// <summary>The latest survey sent (or drafted) with this definition name, or null.</summary>
    public async Task<Survey?> LatestAsync(string name, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        string key = name.Trim().ToLowerInvariant();
        return await db.Surveys.AsNoTracking().Where(s => s.Name == key && s.State != SurveyState.Cancelled && s.State != SurveyState.AwaitingConfirmation)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Records the send command as a survey awaiting the staff's confirmation.</summary>
    public async Task<Survey> DraftAsync(SurveyDefinition definition, SurveyCommand command, int staffId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(command);
        var survey = new Survey
        {
            Name = definition.Id,
            Title = definition.Title.It,
            DefinitionJson = SurveyWriter.Write(definition),
            IsAnonymous = definition.Anonymous,
            AudienceKind = command.Audience,
            AudienceValue = command.AudienceValue,
            ClosesAt = EndOfDay(command.CloseDate),
            ReminderDays = string.Join(',', command.ReminderDays ?? ReminderPoints(options.Value.DefaultReminderDays)),
            State = SurveyState.AwaitingConfirmation,
            CreatedByPersonId = staffId,
            CreatedAt = time.GetUtcNow(),
        };
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return survey;
    }

    /// <summary>
    /// Opens a survey awaiting confirmation, with the reminder points given; null when it was already
    /// confirmed or dropped (a double click sends nothing twice: the state changes in one conditional update).
    /// </summary>
    public async Task<Survey?> ConfirmAsync(int surveyId, IReadOnlyList<int> reminderDays, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        DateTimeOffset now = time.GetUtcNow();
        string reminders = string.Join(',', reminderDays);
        int changed = await db.Surveys.Where(s => s.Id == surveyId && s.State == SurveyState.AwaitingConfirmation && s.ClosesAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SurveyState.Open).SetProperty(s => s.SentAt, now).SetProperty(s => s.ReminderDays, reminders), ct);
        return changed == 0 ? null : await db.Surveys.AsNoTracking().FirstAsync(s => s.Id == surveyId, ct);
    }

    /// <summary>Drops a survey awaiting confirmation; false when there was none.</summary>
    public async Task<bool> DiscardAsync(int surveyId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.Surveys.Where(s => s.Id == surveyId && s.State == SurveyState.AwaitingConfirmation)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SurveyState.Cancelled), ct) > 0;
    }

    /// <summary>Closes an open survey that is due (or at once with <paramref name="force"/>); the closed survey, or null when nothing changed.</summary>
    public async Task<Survey?> CloseAsync(int surveyId, bool force, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        DateTimeOffset now = time.GetUtcNow();
        int changed = await db.Surveys.Where(s => s.Id == surveyId && s.State == SurveyState.Open && (force || s.ClosesAt <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SurveyState.Closed).SetProperty(s => s.ClosedAt, now), ct);
        return changed == 0 ? null : await db.Surveys.AsNoTracking().FirstAsync(s => s.Id == surveyId, ct);
    }

    /// <summary>True while answers are accepted.</summary>
    public bool IsOpen(Survey survey) => survey?.State == SurveyState.Open && survey.ClosesAt > time.GetUtcNow();

    /// <summary>People who received the form (the delivery ledger is the list of recipients).</summary>
    public async Task<IReadOnlyList<int>> DeliveredToAsync(int surveyId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        string subject = SendSurveyJob.SubjectId(surveyId);
        return await db.Deliveries.AsNoTracking().Where(d => d.Kind == SendSurveyJob.LedgerKind && d.SubjectId == subject && d.Status == DeliveryStatus.Sent)
            .Select(d => d.PersonId).ToListAsync(ct);
    }

    /// <summary>Who has answered.</summary>
    public async Task<IReadOnlyList<int>> RespondentsAsync(int surveyId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.SurveyParticipations.AsNoTracking().Where(p => p.SurveyId == surveyId).Select(p => p.PersonId).ToListAsync(ct);
    }

    /// <summary>The close instant of a last day: the end of it in the association's time zone.</summary>
    public DateTimeOffset EndOfDay(DateOnly date)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        DateTime local = date.ToDateTime(new TimeOnly(23, 59));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Reminder points from text such as "3, 1" or "3 e 1": whole days, 1 to 60, largest first.</summary>
    public static IReadOnlyList<int> ReminderPoints(string? text) =>
        [.. (text ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out int d) ? d : 0)
            .Where(d => d is >= 1 and <= 60).Distinct().OrderDescending()];
}
