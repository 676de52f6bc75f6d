using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    /// <summary>The channel-specific id (in Teams, <c>29:...</c> for users, <c>28:...</c> for bots).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The Microsoft Entra object id of a user, when the channel sends it.</summary>
    [JsonPropertyName("aadObjectId")]
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Fields this model does not name, preserved as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
