using System.Text.Json.Nodes;

namespace ClustER.Tests.EndToEnd;

/// <summary>A button (action) of an Adaptive Card as the Playground rendered it.</summary>
/// <param name="Type"><c>Action.Submit</c>, <c>Action.Execute</c>, <c>Action.OpenUrl</c>, ...</param>
/// <param name="Title">The button's label.</param>
/// <param name="Verb">Action.Execute's <c>verb</c>, or Action.Submit's <c>data.verb</c>.</param>
/// <param name="Data">The action's data (a copy), or an empty object.</param>
public sealed record CardButton(string Type, string Title, string? Verb, JsonObject Data)
{
    /// <summary>Action.Submit: pressing it posts a message whose value is the data.</summary>
    public const string Submit = "Action.Submit";

    /// <summary>Action.Execute: pressing it sends an <c>adaptiveCard/action</c> invoke.</summary>
    public const string Execute = "Action.Execute";

    /// <summary>Reads a button from an action object, or null when it is not an action with a title.</summary>
    internal static CardButton? From(JsonObject action)
    {
        if (action["type"] is not JsonValue typeValue || !typeValue.TryGetValue(out string? type)
            || action["title"] is not JsonValue titleValue || !titleValue.TryGetValue(out string? title))
        {
            return null;
        }

        JsonObject data = action["data"] is JsonObject d ? (JsonObject)d.DeepClone() : [];
        string? verb = type == Execute ? action["verb"]?.GetValue<string>() : data["verb"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        return new CardButton(type, title, verb, data);
    }
}
