using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Stores the reference of every conversation the bot hears from, so jobs can write to it later, and
/// refreshes it when the serviceUrl changes. Writes only on change: this runs on every turn.
/// </summary>
internal sealed class ConversationCapture(IDbContextFactory<BotDbContext> contexts, IMemoryCache known, TimeProvider time)
{
    // The cache maps a conversation id to what was last stored for it (serviceUrl and person): a hit means the
    // row is current. A chat first seen without its person (an event) is not current once the person is known.
    private static readonly TimeSpan RememberFor = TimeSpan.FromHours(1);

    /// <summary>Upserts the conversation's reference unless it is already current.</summary>
    public async Task CaptureAsync(Activity activity, int? personId, CancellationToken ct)
    {
        try
        {
            await UpsertAsync(activity, personId, ct);
        }
        catch (DbUpdateException)
        {
            // Teams sends installationUpdate and conversationUpdate at the same moment: both turns inserted
            // the new conversation and the unique key kept the other one. It exists now; update it.
            await UpsertAsync(activity, personId, ct);
        }
    }

    private async Task UpsertAsync(Activity activity, int? personId, CancellationToken ct)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return;
        }

        bool personal = activity.Conversation.ConversationType is null or "personal" && activity.Conversation.IsGroup != true;
        int? linkTo = personal ? personId : null;
        if (known.TryGetValue(Key(conversationId), out Captured? captured) && captured is not null && captured.ServiceUrl == serviceUrl
            && (linkTo is null || captured.PersonId == linkTo))
        {
            return;
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        StoredConversation? stored = await db.Conversations.FirstOrDefaultAsync(c => c.ConversationId == conversationId, ct);
        if (stored is null)
        {
            stored = new StoredConversation
            {
                ConversationId = conversationId,
                ServiceUrl = serviceUrl,
                ChannelId = activity.ChannelId ?? "msteams",
            };
            db.Conversations.Add(stored);
        }

        stored.ServiceUrl = serviceUrl;
        stored.ChannelId = activity.ChannelId ?? stored.ChannelId;
        stored.TenantId = TeamsChannelData.TenantId(activity) ?? stored.TenantId;
        stored.BotId = activity.Recipient?.Id ?? stored.BotId;
        stored.ConversationType = activity.Conversation.ConversationType ?? (personal ? "personal" : stored.ConversationType);
        if (personal)
        {
            stored.UserId = activity.From?.Id ?? stored.UserId;
            stored.PersonId = linkTo ?? stored.PersonId;
        }

        stored.IsInstalled = true;
        // UpdatedAt says which chat a person used last; refreshing it hourly is enough, so an unchanged reference
        // seen again (every member's first turn after a restart) costs a read, not a write.
        DateTimeOffset now = time.GetUtcNow();
        if (db.ChangeTracker.HasChanges() || stored.UpdatedAt <= now - RememberFor)
        {
            stored.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }

        known.Set(Key(conversationId), new Captured(serviceUrl, personal ? stored.PersonId : null), RememberFor);
    }

    /// <summary>Marks the conversation uninstalled (and its person unreachable, for a 1:1 chat).</summary>
    public async Task MarkUninstalledAsync(Activity activity, CancellationToken ct)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        known.Remove(Key(conversationId));
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        StoredConversation? stored = await db.Conversations.FirstOrDefaultAsync(c => c.ConversationId == conversationId, ct);
        if (stored is null)
        {
            return;
        }

        stored.IsInstalled = false;
        stored.UpdatedAt = time.GetUtcNow();
        if (stored.PersonId is { } personId && await db.People.FindAsync([personId], ct) is { } person)
        {
            person.IsReachable = false;
            person.UnreachableSince = time.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Claims the one welcome of a conversation: true for exactly one caller, ever.</summary>
    public async Task<bool> TryClaimWelcomeAsync(string conversationId, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        int claimed = await db.Conversations
            .Where(c => c.ConversationId == conversationId && c.WelcomedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WelcomedAt, now), ct);
        return claimed == 1;
    }

    /// <summary>Forgets that the conversation is stored (its row was erased), so the next activity stores it afresh.</summary>
    public void Forget(string conversationId) => known.Remove(Key(conversationId));

    private static string Key(string conversationId) => $"conversation|{conversationId}";

    /// <summary>What the row of a conversation holds, as far as this cache knows.</summary>
    private sealed record Captured(string ServiceUrl, int? PersonId);
}
