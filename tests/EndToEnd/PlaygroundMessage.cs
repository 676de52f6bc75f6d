using System.Text.Json.Nodes;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// A chat message as the Playground shows it (one frame of its conversation websocket). The Playground
/// splits a bot activity with text and attachments into two messages: the text, then the attachments.
/// </summary>
/// <param name="MessageId">The Playground's message id (what a card submit names as <c>replyToId</c>).</param>
/// <param name="FromId">The sender's id.</param>
/// <param name="Text">The text, or null for an attachments-only message.</param>
/// <param name="Attachments">The attachments (a copy).</param>
/// <param name="IsUpdate">True when the frame replaced an earlier message (the bot updated its card).</param>
public sealed record PlaygroundMessage(string MessageId, string? FromId, string? Text, JsonArray Attachments, bool IsUpdate)
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The first Adaptive Card of the message, or null.</summary>
    public JsonObject? Card => Attachments.OfType<JsonObject>()
        .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == AdaptiveCardContentType)?["content"] as JsonObject;

    /// <summary>Every button of the card: top-level actions and those inside ActionSets, in order.</summary>
    public IReadOnlyList<CardButton> Buttons
    {
        get
        {
            var buttons = new List<CardButton>();
            if (Card is { } card)
            {
                Collect(card, buttons);
            }

            return buttons;
        }
    }

    /// <summary>All TextBlock and TextRun texts of the card, in order (empty without a card).</summary>
    public IReadOnlyList<string> CardTexts
    {
        get
        {
            var texts = new List<string>();
            if (Card is { } card)
            {
                CollectTexts(card, texts);
            }

            return texts;
        }
    }

    /// <summary>The button labelled <paramref name="title"/>; throws listing the labels when there is none.</summary>
    public CardButton Button(string title) =>
        Buttons.FirstOrDefault(b => b.Title == title)
        ?? throw new InvalidOperationException($"No button '{title}' on message {MessageId}; buttons: [{string.Join(", ", Buttons.Select(b => b.Title))}]");

    /// <summary>Reads a websocket frame's <c>message</c> object.</summary>
    internal static PlaygroundMessage From(JsonObject message, bool isUpdate) => new(
        message["messageId"]?.GetValue<string>() ?? throw new InvalidOperationException("A Playground message without messageId."),
        message["from"]?["id"]?.GetValue<string>(),
        message["text"] is JsonValue t && t.TryGetValue(out string? text) && text.Length > 0 ? text : null,
        message["attachments"] is JsonArray a ? (JsonArray)a.DeepClone() : [],
        isUpdate);

    private static void Collect(JsonNode node, List<CardButton> buttons)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["actions"] is JsonArray actions)
                {
                    buttons.AddRange(actions.OfType<JsonObject>().Select(CardButton.From).OfType<CardButton>());
                }

                foreach ((string key, JsonNode? child) in obj)
                {
                    if (key != "actions" && child is not null)
                    {
                        Collect(child, buttons);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, buttons);
                    }
                }

                break;
        }
    }

    private static void CollectTexts(JsonNode node, List<string> texts)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValue<string>() is "TextBlock" or "TextRun" && obj["text"] is JsonValue v && v.TryGetValue(out string? text))
            {
                texts.Add(text);
            }

            foreach ((string key, JsonNode? child) in obj)
            {
                if (key != "actions" && child is not null)
                {
                    CollectTexts(child, texts);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? child in array)
            {
                if (child is not null)
                {
                    CollectTexts(child, texts);
                }
            }
        }
    }
}
