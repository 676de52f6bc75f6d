using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy.Contributors;

/// <summary>
/// The delivery ledger: what was sent to the person and when. The rows must stay (their unique key is what stops
/// a retried fan-out from sending twice), so erasure keeps them on the anonymous tombstone and clears what could
/// lead back to the chat (the sent activity's id, error texts, claims); unfinished rows are skipped for good.
/// </summary>
[PersonalData(typeof(DeliveryRecord))]
internal sealed class DeliveryPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "deliveries";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        List<DeliveryRecord> rows = await db.Deliveries.AsNoTracking().Where(d => d.PersonId == personId)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return new JsonArray([.. rows.Select(d => new JsonObject
        {
            ["kind"] = d.Kind,
            ["subjectId"] = d.SubjectId,
            ["occurrence"] = d.Occurrence,
            ["status"] = d.Status.ToString(),
            ["attempts"] = d.Attempts,
            ["createdAt"] = d.CreatedAt,
            ["sentAt"] = d.SentAt,
        })]);
    }

    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        await db.Deliveries.Where(d => d.PersonId == personId
                && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.InFlight || d.Status == DeliveryStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Skipped), cancellationToken);
        await db.Deliveries.Where(d => d.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.ActivityId, (string?)null)
            .SetProperty(d => d.LastError, (string?)null)
            .SetProperty(d => d.ClaimToken, (string?)null)
            .SetProperty(d => d.ClaimedAt, (DateTimeOffset?)null), cancellationToken);
    }
}
