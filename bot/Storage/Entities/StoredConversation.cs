namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// A conversation the bot can post to later: captured on install and refreshed from every inbound
/// activity, because the serviceUrl can change.
/// </summary>
public sealed class StoredConversation
{
    public int Id { get; set; }

    public required string ConversationId { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ChannelId { get; set; }

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    /// <summary>The user's channel id, for 1:1 conversations.</summary>
    public string? UserId { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The person this 1:1 conversation is with, when known.</summary>
    public int? PersonId { get; set; }

    /// <summary>True for the staff team's conversation, where staff notices go.</summary>
    public bool IsStaffConversation { get; set; }

    /// <summary>False after the app was uninstalled from this conversation.</summary>
    public bool IsInstalled { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the welcome message went out; it goes out once per conversation.</summary>
    public DateTimeOffset? WelcomedAt { get; set; }
}
