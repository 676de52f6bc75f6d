using System.Text.Json.Nodes;

namespace ClustER.Bot.Routing;

/// <summary>
/// A pressed card button: its verb and its data (the action's data merged with the card's inputs).
/// Action.Submit and Action.Execute arrive differently; both become this.
/// </summary>
/// <param name="Verb">The discriminator every action carries.</param>
/// <param name="Data">The action data and input values.</param>
/// <param name="IsInvoke">True for Action.Execute (answered in the HTTP body).</param>
public sealed record CardAction(string Verb, JsonObject Data, bool IsInvoke)
{
    /// <summary>The key under which an Action.Submit's data carries its verb.</summary>
    public const string VerbKey = "verb";

    /// <summary>Reads a string value from the data; numbers and booleans are returned as text.</summary>
    public string? GetString(string key) => Data[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonNode n => n.ToJsonString(),
    };

    /// <summary>Reads an integer value, accepting numbers and numeric strings (inputs arrive as strings).</summary>
    public int? GetInt32(string key) => Data[key] switch
    {
        JsonValue v when v.TryGetValue(out int i) => i,
        JsonValue v when v.TryGetValue(out string? s) && int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out int parsed) => parsed,
        _ => null,
    };
}
