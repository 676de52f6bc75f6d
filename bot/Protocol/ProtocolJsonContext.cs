using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>
/// The one serializer context for the wire format: camelCase, nulls omitted, source-generated
/// so that parsing a turn allocates little and needs no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
