using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>Reads what a member's client sees in a reply: the card, its items (from their Details buttons), its texts.</summary>
internal static class CardReader
{
    /// <summary>The Adaptive Card of the reply, if any.</summary>
    public static JsonObject? Card(Activity reply) =>
        reply.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content as JsonObject;

    /// <summary>The ids of the items listed, in order: each item's Details action carries its id.</summary>
    public static List<string> ItemIds(Activity reply)
    {
        List<string> ids = [];
        if (Card(reply) is { } card)
        {
            Walk(card, node =>
            {
                if (node["data"]?["verb"]?.GetValue<string>() == "qa.details" && node["data"]?["itemId"]?.GetValue<string>() is { } id)
                {
                    ids.Add(id);
                }
            });
        }

        return ids;
    }

    /// <summary>Every string in the card (texts, fact titles and values, button titles), one a line, unescaped.</summary>
    public static string Strings(Activity reply)
    {
        List<string> strings = [];
        Collect(Card(reply), strings);
        return string.Join('\n', strings);
    }

    /// <summary>Every action object of the card with the verb.</summary>
    public static List<JsonObject> Actions(Activity reply, string verb)
    {
        List<JsonObject> found = [];
        if (Card(reply) is { } card)
        {
            Walk(card, node =>
            {
                if (node["data"]?["verb"]?.GetValue<string>() == verb)
                {
                    found.Add(node);
                }
            });
        }

        return found;
    }

    /// <summary>Every "url" of an Action.OpenUrl in the card.</summary>
    public static List<string> OpenUrls(Activity reply)
    {
        List<string> urls = [];
        if (Card(reply) is { } card)
        {
            Walk(card, node =>
            {
                if (node["type"]?.GetValue<string>() == "Action.OpenUrl" && node["url"]?.GetValue<string>() is { } url)
                {
                    urls.Add(url);
                }
            });
        }

        return urls;
    }

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Collect(item, strings);
                }

                break;
            case JsonValue value when value.TryGetValue(out string? text):
                strings.Add(text);
                break;
        }
    }

    private static void Walk(JsonNode? node, Action<JsonObject> visit)
    {
        if (node is JsonObject obj)
        {
            visit(obj);
            foreach (KeyValuePair<string, JsonNode?> property in obj)
            {
                Walk(property.Value, visit);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Walk(item, visit);
            }
        }
    }
}
