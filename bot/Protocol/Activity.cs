using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>
/// A Bot Framework activity as it travels on the wire. Only <see cref="Type"/> is guaranteed by the
/// protocol, so every other field is nullable; fields this model does not name are kept in
/// <see cref="ExtensionData"/> so that a round trip loses nothing.
/// </summary>
/// <remarks>
/// Schema: https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md.
/// Replies are built with <see cref="ActivityFactory"/>, never by mutating an inbound activity.
/// </remarks>
public sealed class Activity
{
    /// <summary>The activity type, one of <see cref="ActivityTypes"/> or any other string. Required on the wire.</summary>
    [JsonPropertyName("type")]
    [JsonRequired]
    public string Type { get; set; } = ActivityTypes.Message;

    /// <summary>The channel's id for this activity; used to drop retried deliveries.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>When the channel sent the activity (UTC).</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset.</summary>
    [JsonPropertyName("localTimestamp")]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone, when the channel sends it.</summary>
    [JsonPropertyName("localTimezone")]
    public string? LocalTimezone { get; set; }

    /// <summary>The base URI of the Connector that delivered the activity, where replies go.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, e.g. <c>msteams</c>.</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }

    /// <summary>Who sent the activity.</summary>
    [JsonPropertyName("from")]
    public ChannelAccount? From { get; set; }

    /// <summary>The conversation the activity belongs to.</summary>
    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; set; }

    /// <summary>Who the activity is addressed to (the bot, for inbound activities).</summary>
    [JsonPropertyName("recipient")]
    public ChannelAccount? Recipient { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    [JsonPropertyName("attachmentLayout")]
    public string? AttachmentLayout { get; set; }

    /// <summary>Members added, on a conversationUpdate.</summary>
    [JsonPropertyName("membersAdded")]
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed, on a conversationUpdate.</summary>
    [JsonPropertyName("membersRemoved")]
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>The locale the text is written in (BCP-47), e.g. <c>it-IT</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>The message text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>A short summary, shown by channels that cannot render attachments.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>Attachments, such as Adaptive Cards.</summary>
    [JsonPropertyName("attachments")]
    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Entities such as mentions and <c>clientInfo</c>.</summary>
    [JsonPropertyName("entities")]
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data (for Teams: tenant, team, channel, eventType).</summary>
    [JsonPropertyName("channelData")]
    public JsonNode? ChannelData { get; set; }

    /// <summary><c>add</c> or <c>remove</c>, on an installationUpdate.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>The activity this one answers.</summary>
    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; set; }

    /// <summary>The payload of an invoke, or the data of a submitted card.</summary>
    [JsonPropertyName("value")]
    public JsonNode? Value { get; set; }

    /// <summary>The name of an invoke or event activity.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The reference of the conversation an event relates to.</summary>
    [JsonPropertyName("relatesTo")]
    public JsonNode? RelatesTo { get; set; }

    /// <summary>Fields this model does not name, preserved as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
