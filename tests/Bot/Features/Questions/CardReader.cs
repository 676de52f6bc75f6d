using System.Text.Json.Nodes;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>Reads what a member's client sees in a reply: the card, its items (from their Details buttons), its texts.</summary>
internal static class CardReader
{
    /// <summary>The Adaptive Card of the reply, if any.</summary>
    public static JsonObject? Card(JsonObject reply) =>
        reply["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;

    /// <summary>The ids of the items listed, in order: each item's Details action carries its id.</summary>
    public static List<string> ItemIds(JsonObject reply)
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

    /// <summary>Every action object of the card with the verb.</summary>
    public static List<JsonObject> Actions(JsonObject reply, string verb)
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
    public static List<string> OpenUrls(JsonObject reply)
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
