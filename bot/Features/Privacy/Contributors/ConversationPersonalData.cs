using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy.Contributors;

/// <summary>
/// The stored references of the person's 1:1 chats with the bot (conversation and user ids). Erasure deletes
/// them: without a reference no job can write to the person again, and a new message starts afresh.
/// </summary>
[PersonalData(typeof(StoredConversation))]
internal sealed class ConversationPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "conversations";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        List<StoredConversation> rows = await db.Conversations.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return new JsonArray([.. rows.Select(c => new JsonObject
        {
            ["conversationId"] = c.ConversationId,
            ["userId"] = c.UserId,
            ["channelId"] = c.ChannelId,
            ["conversationType"] = c.ConversationType,
            ["tenantId"] = c.TenantId,
            ["isInstalled"] = c.IsInstalled,
            ["welcomedAt"] = c.WelcomedAt,
            ["updatedAt"] = c.UpdatedAt,
        })]);
    }

    public Task EraseAsync(int personId, CancellationToken cancellationToken) =>
        db.Conversations.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
}
