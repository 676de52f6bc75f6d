using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>
/// What an invoke handler answers: the HTTP status of the invoke and the body written to the HTTP response.
/// </summary>
/// <param name="Status">The HTTP status code written to the response.</param>
/// <param name="Body">The JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, AdaptiveCardInvokeResponse? Body)
{
    /// <summary>Replaces the card that was acted on with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonNode card) =>
        new(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, card));

    /// <summary>Shows <paramref name="text"/> as a transient message; the card stays as it was.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, JsonValue.Create(text)));

    /// <summary>An error the client shows to the user.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, new AdaptiveCardInvokeResponse(statusCode, AdaptiveCardInvokeResponse.ErrorType,
            new JsonObject { ["code"] = code, ["message"] = message }));

    /// <summary>No invoke handler matched.</summary>
    public static InvokeResponse NotImplemented { get; } = new(501, null);

    /// <summary>The handler failed and nothing better was said to the user (the client shows its own error).</summary>
    public static InvokeResponse Failed { get; } = new(500, null);
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response.</summary>
/// <param name="StatusCode">The status the client interprets.</param>
/// <param name="Type">One of the content types below.</param>
/// <param name="Value">A card, a message string or an error object.</param>
public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonNode? Value)
{
    /// <summary>Replace the card.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Show a message.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Show an error.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";
}
