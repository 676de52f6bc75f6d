using System.Text.Json.Nodes;

namespace ClustER.Bot.Protocol;

/// <summary>
/// Builds outbound activities. Replies are new objects addressed from the inbound activity's
/// recipient to its sender; the inbound activity is never modified.
/// </summary>
public static class ActivityFactory
{
    /// <summary>A plain message with <paramref name="text"/> in <paramref name="locale"/>.</summary>
    public static Activity Text(string text, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        Locale = locale,
    };

    /// <summary>
    /// A message carrying one Adaptive Card. <paramref name="fallbackText"/> is its plain-text version: it goes
    /// into the card's <c>fallbackText</c> (what clients that cannot render the card show) and, shortened, into
    /// the activity's <c>summary</c> (notifications). It is not the activity's <c>text</c>, because Teams would
    /// show it above the card, saying everything twice.
    /// </summary>
    public static Activity Card(JsonNode card, string fallbackText, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card is JsonObject cardObject && cardObject["fallbackText"] is null)
        {
            cardObject["fallbackText"] = fallbackText;
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = Summarise(fallbackText),
            Locale = locale,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
        };
    }

    /// <summary>
    /// The plain-text version of an outbound message: its text, or the <c>fallbackText</c> of its card.
    /// </summary>
    public static string? PlainText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Text is { Length: > 0 } text
            ? text
            : activity.Attachments?.Select(a => a.Content?["fallbackText"]?.GetValue<string>()).FirstOrDefault(t => t is not null);
    }

    /// <summary>A typing indicator.</summary>
    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// Returns a copy of <paramref name="outbound"/> addressed as a reply to <paramref name="inbound"/>:
    /// same conversation and channel, sender and recipient swapped, <c>replyToId</c> set.
    /// </summary>
    public static Activity AsReplyTo(Activity outbound, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(outbound);
        ArgumentNullException.ThrowIfNull(inbound);
        return new Activity
        {
            Type = outbound.Type,
            Text = outbound.Text,
            Summary = outbound.Summary,
            TextFormat = outbound.TextFormat,
            Locale = outbound.Locale ?? inbound.Locale,
            Attachments = outbound.Attachments,
            AttachmentLayout = outbound.AttachmentLayout,
            Entities = outbound.Entities,
            ChannelData = outbound.ChannelData,
            Value = outbound.Value,
            Name = outbound.Name,
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation,
            From = inbound.Recipient,
            Recipient = inbound.From,
            ReplyToId = inbound.Id,
        };
    }

    private static string Summarise(string text)
    {
        string firstLine = text.Split('\n', 2)[0].Trim();
        return firstLine.Length <= 120 ? firstLine : string.Concat(firstLine.AsSpan(0, 119), "…");
    }
}
