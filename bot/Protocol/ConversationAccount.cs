using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>A conversation: a 1:1 chat, a group chat or a channel thread.</summary>
public sealed class ConversationAccount
{
    /// <summary>The conversation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The conversation's name, if any.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>True for group chats and channels.</summary>
    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; set; }

    /// <summary>In Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    [JsonPropertyName("conversationType")]
    public string? ConversationType { get; set; }

    /// <summary>The tenant the conversation belongs to.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    /// <summary>Fields this model does not name, preserved as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
