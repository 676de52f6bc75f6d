using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Newsletter;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// What the newsletter stores about a person: their consent history, the issues delivered to them, the news
/// items and approvals they authored as staff. Erasure deletes the consent history and detaches authorship;
/// delivery rows are the ledger's (kept anonymised by the privacy feature's ledger contributor).
/// </summary>
[PersonalData(typeof(ConsentRecord), typeof(NewsItem), typeof(NewsletterIssue))]
internal sealed class NewsletterPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "newsletter";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Id)
            .Select(c => new { c.Topic, c.Granted, c.Source, c.RecordedAt }).ToListAsync(cancellationToken);
        string[] kinds = [NewsletterLedger.IssueKind, NewsletterLedger.PreviewKind, NewsletterLedger.ProgressKind];
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.PersonId == personId && kinds.Contains(d.Kind)).OrderBy(d => d.Id)
            .Select(d => new { d.Kind, d.SubjectId, d.Status, d.SentAt }).ToListAsync(cancellationToken);
        var news = await db.NewsItems.AsNoTracking().Where(n => n.CreatedByPersonId == personId).OrderBy(n => n.Id)
            .Select(n => new { n.Title, n.CreatedAt }).ToListAsync(cancellationToken);
        if (consents.Count == 0 && deliveries.Count == 0 && news.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["consents"] = new JsonArray([.. consents.Select(c => (JsonNode)new JsonObject
            {
                ["topic"] = c.Topic.ToString(), ["granted"] = c.Granted, ["source"] = c.Source.ToString(), ["recordedAt"] = c.RecordedAt,
            })]),
            ["deliveries"] = new JsonArray([.. deliveries.Select(d => (JsonNode)new JsonObject
            {
                ["kind"] = d.Kind, ["issue"] = d.SubjectId, ["status"] = d.Status.ToString(), ["sentAt"] = d.SentAt,
            })]),
            ["newsAuthored"] = new JsonArray([.. news.Select(n => (JsonNode)new JsonObject { ["title"] = n.Title, ["createdAt"] = n.CreatedAt })]),
        };
    }

    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        await db.ConsentRecords.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.NewsItems.Where(n => n.CreatedByPersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.CreatedByPersonId, (int?)null), cancellationToken);
        await db.NewsletterIssues.Where(i => i.ApprovedByPersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ApprovedByPersonId, (int?)null), cancellationToken);
    }
}
