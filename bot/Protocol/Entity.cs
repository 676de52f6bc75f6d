using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>
/// An entity attached to an activity: a <c>mention</c>, a <c>clientInfo</c> (locale, timezone) and so on.
/// The type-specific fields stay in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    /// <summary>The entity type, e.g. <c>mention</c> or <c>clientInfo</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The type-specific fields.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads a string field of the entity, or null.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
