using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>The body of <c>POST /v3/conversations</c>: starts a 1:1 conversation with a member.</summary>
public sealed class ConversationParameters
{
    /// <summary>False for a 1:1 conversation.</summary>
    [JsonPropertyName("isGroup")]
    public bool IsGroup { get; set; }

    /// <summary>The bot's account.</summary>
    [JsonPropertyName("bot")]
    public ChannelAccount? Bot { get; set; }

    /// <summary>The member(s) to talk to.</summary>
    [JsonPropertyName("members")]
    public IList<ChannelAccount> Members { get; set; } = [];

    /// <summary>The tenant (Teams requires it).</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    /// <summary>Teams expects <c>{"tenant":{"id":...}}</c> here.</summary>
    [JsonPropertyName("channelData")]
    public JsonNode? ChannelData { get; set; }

    /// <summary>An optional first activity.</summary>
    [JsonPropertyName("activity")]
    public Activity? Activity { get; set; }
}
