using System.Text.Json.Nodes;

namespace ClustER.Tests.EndToEnd;

/// <summary>One activity the bot received on <c>/api/messages</c>, and what it answered.</summary>
/// <param name="Index">The order in which the request arrived (0 = first since the bot started).</param>
/// <param name="Activity">The inbound activity as posted, or null when the body was not JSON.</param>
/// <param name="Status">The HTTP status the bot answered with.</param>
/// <param name="ResponseBody">The response body (an invoke response), or empty.</param>
/// <param name="Duration">How long the bot took to answer.</param>
public sealed record BotExchange(int Index, JsonObject? Activity, int Status, string ResponseBody, TimeSpan Duration)
{
    /// <summary>The activity type (<c>message</c>, <c>invoke</c>, ...).</summary>
    public string? Type => Read("type");

    /// <summary>The activity's conversation id.</summary>
    public string? ConversationId => Activity?["conversation"]?["id"]?.GetValue<string>();

    /// <summary>The message text, if any.</summary>
    public string? Text => Read("text");

    /// <summary>The invoke name, if any.</summary>
    public string? Name => Read("name");

    /// <summary>The id of the message this activity answers (for a card submit: the card's message).</summary>
    public string? ReplyToId => Read("replyToId");

    /// <summary>The activity's value (a card submit's data, an invoke's payload).</summary>
    public JsonNode? Value => Activity?["value"];

    private string? Read(string key) => Activity?[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
