using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy.Contributors;

/// <summary>What the person asked to be reminded of, and how: "Remind me" subscriptions, per-kind preferences, opt-outs.</summary>
[PersonalData(typeof(ReminderSubscription), typeof(ReminderPreference), typeof(ReminderOptOut), typeof(Subscription))]
internal sealed class ReminderPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "reminders";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        List<ReminderSubscription> followed = await db.ReminderSubscriptions.AsNoTracking().Where(s => s.PersonId == personId)
            .OrderBy(s => s.ItemKey).ToListAsync(cancellationToken);
        List<Subscription> remindMe = await db.Subscriptions.AsNoTracking().Where(s => s.PersonId == personId)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        List<ReminderPreference> preferences = await db.ReminderPreferences.AsNoTracking().Where(p => p.PersonId == personId)
            .OrderBy(p => p.Kind).ToListAsync(cancellationToken);
        List<ReminderOptOut> optOuts = await db.ReminderOptOuts.AsNoTracking().Where(o => o.PersonId == personId)
            .OrderBy(o => o.ItemKey).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["subscriptions"] = new JsonArray([.. followed.Select(s => new JsonObject { ["item"] = s.ItemKey, ["createdAt"] = s.CreatedAt })]),
            ["remindMe"] = new JsonArray([.. remindMe.Select(s => new JsonObject
            {
                ["kind"] = s.ItemKind.ToString(), ["item"] = s.ItemId, ["createdAt"] = s.CreatedAt,
            })]),
            ["preferences"] = new JsonArray([.. preferences.Select(p => new JsonObject
            {
                ["kind"] = p.Kind.ToString(), ["isMuted"] = p.IsMuted, ["offsets"] = p.Offsets,
            })]),
            ["optOuts"] = new JsonArray([.. optOuts.Select(o => new JsonObject { ["item"] = o.ItemKey, ["createdAt"] = o.CreatedAt })]),
        };
    }

    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        await db.ReminderSubscriptions.Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Subscriptions.Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.ReminderPreferences.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.ReminderOptOuts.Where(o => o.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
    }
}
