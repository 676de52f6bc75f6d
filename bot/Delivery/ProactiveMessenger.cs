using System.Net.Sockets;
using System.Text.Json.Nodes;
using ClustER.Bot.Connector;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Delivery;

/// <summary>
/// Delivers a message to a person's 1:1 chat with the bot: finds the stored conversation (or opens one
/// with <c>POST /v3/conversations</c> when Teams knows the person), waits for the throttle, sends, and
/// classifies the outcome. A blocked or uninstalled bot marks the person unreachable.
/// </summary>
internal sealed class ProactiveMessenger(
    IDbContextFactory<BotDbContext> contexts,
    IConnectorClient connector,
    DeliveryThrottle throttle,
    TimeProvider time,
    ILogger<ProactiveMessenger> logger) : IMessenger
{
    public async Task<DeliveryResult> SendAsync(int personId, OutboundMessage message, CancellationToken cancellationToken) =>
        (await DeliverAsync(personId, message, activityId: null, commit: null, cancellationToken))!;

    public Task<DeliveryResult?> SendAsync(int personId, OutboundMessage message, Func<CancellationToken, Task<bool>> commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return DeliverAsync(personId, message, activityId: null, commit, cancellationToken);
    }

    public Task<DeliveryResult> UpdateAsync(int personId, string activityId, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        return UpdateCoreAsync(personId, message, activityId, cancellationToken);
    }

    private async Task<DeliveryResult> UpdateCoreAsync(int personId, OutboundMessage message, string activityId, CancellationToken ct) =>
        (await DeliverAsync(personId, message, activityId, commit: null, ct))!;

    private async Task<DeliveryResult?> DeliverAsync(int personId, OutboundMessage message, string? activityId, Func<CancellationToken, Task<bool>>? commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        Person? person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return DeliveryResult.Unreachable("unknown person");
        }

        if (!person.IsReachable)
        {
            return DeliveryResult.Unreachable("the person blocked or removed the bot");
        }

        StoredConversation? conversation = await FindOrOpenConversationAsync(db, person, ct);
        if (conversation is null)
        {
            return DeliveryResult.Unreachable("the bot is not installed for this person");
        }

        Activity activity = ToActivity(message, conversation);
        try
        {
            await throttle.WaitAsync(conversation.ConversationId, ct);
            if (commit is not null && !await commit(ct))
            {
                return null; // the ledger says another run holds this delivery now
            }

            ResourceResponse sent = activityId is null
                ? await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, activity, ct)
                : await connector.UpdateActivityAsync(conversation.ServiceUrl, conversation.ConversationId, activityId, activity, ct);
            return DeliveryResult.Sent(sent.Id ?? activityId);
        }
        catch (ConnectorException ex) when (ex.IsRecipientUnreachable)
        {
            await MarkUnreachableAsync(db, personId, ct);
            Log.RecipientUnreachable(logger, personId, (int)ex.StatusCode, ex.SubCode);
            return DeliveryResult.Unreachable(ex.SubCode ?? ex.StatusCode.ToString());
        }
        catch (ConnectorException ex) when (ex.IsTransient)
        {
            return DeliveryResult.Transient($"{(int)ex.StatusCode} {ex.SubCode}".Trim());
        }
        catch (ConnectorException ex)
        {
            return DeliveryResult.Failed($"{(int)ex.StatusCode} {ex.SubCode}".Trim());
        }
        catch (Exception ex) when (ex is HttpRequestException or SocketException or TimeoutException
            || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return DeliveryResult.Transient(ex.GetType().Name);
        }
    }

    private async Task<StoredConversation?> FindOrOpenConversationAsync(BotDbContext db, Person person, CancellationToken ct)
    {
        // Several 1:1 chats (a reinstall, another tenant): the one the person used last is the one Teams shows them.
        StoredConversation? personal = await db.Conversations.AsNoTracking()
            .Where(c => c.PersonId == person.Id && c.IsInstalled && c.ConversationType == "personal")
            .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (personal is not null || person.TeamsUserId is null)
        {
            return personal;
        }

        // Teams knows the person (e.g. from a team the bot is in) but they never chatted 1:1: open the chat once and store it.
        StoredConversation? anyTeams = await db.Conversations.AsNoTracking()
            .Where(c => c.IsInstalled && c.TenantId != null && c.BotId != null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (anyTeams is null)
        {
            return null;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = anyTeams.BotId },
            Members = [new ChannelAccount { Id = person.TeamsUserId }],
            TenantId = anyTeams.TenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = anyTeams.TenantId } },
        };
        ConversationResourceResponse created = await connector.CreateConversationAsync(anyTeams.ServiceUrl, parameters, ct);
        if (created.Id is null)
        {
            return null;
        }

        var stored = new StoredConversation
        {
            ConversationId = created.Id,
            ServiceUrl = created.ServiceUrl ?? anyTeams.ServiceUrl,
            ChannelId = anyTeams.ChannelId,
            TenantId = anyTeams.TenantId,
            BotId = anyTeams.BotId,
            UserId = person.TeamsUserId,
            ConversationType = "personal",
            PersonId = person.Id,
            UpdatedAt = time.GetUtcNow(),
        };
        db.Conversations.Add(stored);
        await db.SaveChangesAsync(ct);
        return stored;
    }

    private static Activity ToActivity(OutboundMessage message, StoredConversation conversation)
    {
        Activity activity = message.Card is null
            ? ActivityFactory.Text(message.Text, message.Locale)
            : ActivityFactory.Card(message.Card.DeepClone(), message.Text, message.Locale);
        activity.ChannelId = conversation.ChannelId;
        activity.ServiceUrl = conversation.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.ConversationId, TenantId = conversation.TenantId };
        activity.From = conversation.BotId is null ? null : new ChannelAccount { Id = conversation.BotId };
        activity.Recipient = conversation.UserId is null ? null : new ChannelAccount { Id = conversation.UserId };
        return activity;
    }

    private async Task MarkUnreachableAsync(BotDbContext db, int personId, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        await db.People.Where(p => p.Id == personId && p.IsReachable)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsReachable, false).SetProperty(p => p.UnreachableSince, now), ct);
    }
}
