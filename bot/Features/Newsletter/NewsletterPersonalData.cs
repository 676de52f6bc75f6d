using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// What the newsletter stores about a person: their consent history, the news items and approvals they
/// authored as staff. Erasure deletes the consent history and detaches authorship. The issues delivered to
/// them are ledger rows: exported and anonymised by the privacy feature's ledger contributor, with every other delivery.
/// </summary>
[PersonalData(typeof(ConsentRecord), typeof(NewsItem), typeof(NewsletterIssue))]
internal sealed class NewsletterPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "newsletter";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Id)
            .Select(c => new { c.Topic, c.Granted, c.Source, c.RecordedAt }).ToListAsync(cancellationToken);
        var news = await db.NewsItems.AsNoTracking().Where(n => n.CreatedByPersonId == personId).OrderBy(n => n.Id)
            .Select(n => new { n.Title, n.CreatedAt }).ToListAsync(cancellationToken);
        if (consents.Count == 0 && news.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["consents"] = new JsonArray([.. consents.Select(c => (JsonNode)new JsonObject
            {
                ["topic"] = c.Topic.ToString(), ["granted"] = c.Granted, ["source"] = c.Source.ToString(), ["recordedAt"] = c.RecordedAt,
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
