using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>An attachment, typically an Adaptive Card.</summary>
public sealed class Attachment
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The MIME type of the content.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    /// <summary>A link to the content, for files.</summary>
    [JsonPropertyName("contentUrl")]
    public string? ContentUrl { get; set; }

    /// <summary>The inline content (the card JSON).</summary>
    [JsonPropertyName("content")]
    public JsonNode? Content { get; set; }

    /// <summary>A file name, for files.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Fields this model does not name (e.g. <c>thumbnailUrl</c>), preserved as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
