using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClustER.Cards;

/// <summary>
/// The one data-binding helper for card templates. It works on the JSON tree, never on the JSON text,
/// so user data can never break the card's structure.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>"text ${key} text"</c>: the value's text is substituted (missing keys become empty).</item>
/// <item><c>"${key}"</c> alone, with a <see cref="JsonNode"/> value: the node replaces the string
/// (a <see cref="JsonArray"/> inside an array is spliced in, so item lists can be composed).</item>
/// <item><c>"$when": "${key}"</c> on an object: the object is dropped unless the value is truthy
/// (non-null, non-empty, not false, not zero); the <c>$when</c> property itself is removed.</item>
/// </list>
/// </remarks>
public static partial class CardBinder
{
    private const string WhenKey = "$when";

    /// <summary>
    /// A new tree: <paramref name="template"/> with <paramref name="data"/> bound in. The template is only read, so
    /// one cached copy serves every card. A node value used for the first time is placed as it is (no copy); a node
    /// that already has a parent (used twice, or an item of a spliced array) is copied.
    /// </summary>
    public static JsonNode Bind(JsonNode template, IReadOnlyDictionary<string, object?> data)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        return BindNode(template, data) ?? new JsonObject();
    }

    /// <summary>True when a template still holds a <c>${...}</c> placeholder (used by tests).</summary>
    public static bool HasPlaceholders(JsonNode node) =>
        node is not null && Placeholder().IsMatch(node.ToJsonString());

    private static JsonNode? BindNode(JsonNode? node, IReadOnlyDictionary<string, object?> data) => node switch
    {
        JsonObject obj => BindObject(obj, data),
        JsonArray array => BindArray(array, data),
        JsonValue value when value.TryGetValue(out string? text) => BindString(text, data),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonObject? BindObject(JsonObject obj, IReadOnlyDictionary<string, object?> data)
    {
        if (obj[WhenKey] is JsonValue when && when.TryGetValue(out string? condition) && !IsTruthy(Resolve(condition, data)))
        {
            return null;
        }

        var bound = new JsonObject();
        foreach ((string key, JsonNode? value) in obj)
        {
            if (key != WhenKey)
            {
                bound.Add(key, BindNode(value, data));
            }
        }

        return bound;
    }

    private static JsonArray BindArray(JsonArray array, IReadOnlyDictionary<string, object?> data)
    {
        var bound = new JsonArray();
        foreach (JsonNode? item in array)
        {
            if (item is JsonValue v && v.TryGetValue(out string? text) && WholePlaceholder(text) is { } key
                && Lookup(key, data) is JsonArray splice)
            {
                foreach (JsonNode? spliced in splice)
                {
                    bound.Add(spliced?.DeepClone());
                }

                continue;
            }

            if (item is not JsonObject obj)
            {
                bound.Add(BindNode(item, data));
            }
            else if (BindObject(obj, data) is { } boundObject)
            {
                bound.Add(boundObject);
            }
        }

        return bound;
    }

    private static JsonNode? BindString(string text, IReadOnlyDictionary<string, object?> data)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return JsonValue.Create(text);
        }

        if (WholePlaceholder(text) is { } key)
        {
            object? value = Lookup(key, data);
            return value is JsonNode node ? (node.Parent is null ? node : node.DeepClone()) : JsonValue.Create(Format(value));
        }

        return JsonValue.Create(Placeholder().Replace(text, m => Format(Lookup(m.Groups[1].Value, data))));
    }

    private static object? Resolve(string condition, IReadOnlyDictionary<string, object?> data) =>
        WholePlaceholder(condition) is { } key ? Lookup(key, data) : condition;

    private static object? Lookup(string key, IReadOnlyDictionary<string, object?> data) =>
        data.TryGetValue(key, out object? value) ? value : null;

    /// <summary>The key of a text that is one placeholder and nothing else (checked by hand: a card has many).</summary>
    private static string? WholePlaceholder(string text)
    {
        if (text.Length < 4 || !text.StartsWith("${", StringComparison.Ordinal) || !text.EndsWith('}'))
        {
            return null;
        }

        ReadOnlySpan<char> key = text.AsSpan(2, text.Length - 3);
        foreach (char c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '.')
            {
                return null;
            }
        }

        return key.ToString();
    }

    private static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int i => i != 0,
        long l => l != 0,
        JsonArray a => a.Count > 0,
        _ => true,
    };

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        JsonNode n => n is JsonValue v && v.TryGetValue(out string? s) ? s : n.ToJsonString(),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.]+)\}")]
    private static partial Regex Placeholder();
}
