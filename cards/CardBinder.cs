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

    /// <summary>Binds <paramref name="data"/> into <paramref name="template"/> (modified and returned).</summary>
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
        _ => node,
    };

    private static JsonObject? BindObject(JsonObject obj, IReadOnlyDictionary<string, object?> data)
    {
        if (obj[WhenKey] is JsonValue when && when.TryGetValue(out string? condition))
        {
            if (!IsTruthy(Resolve(condition, data)))
            {
                return null;
            }

            obj.Remove(WhenKey);
        }

        foreach (string key in obj.Select(p => p.Key).ToList())
        {
            JsonNode? bound = BindNode(obj[key], data);
            obj[key] = ReferenceEquals(bound, obj[key]) ? obj[key] : Detach(bound);
        }

        return obj;
    }

    private static JsonArray BindArray(JsonArray array, IReadOnlyDictionary<string, object?> data)
    {
        var result = new List<JsonNode?>();
        foreach (JsonNode? item in array.ToList())
        {
            array.Remove(item);
            if (item is JsonValue v && v.TryGetValue(out string? text) && WholePlaceholder(text) is { } key
                && Lookup(key, data) is JsonArray splice)
            {
                result.AddRange(splice.Select(n => n?.DeepClone()));
                continue;
            }

            if (item is JsonObject obj && BindObject(obj, data) is null)
            {
                continue;
            }

            result.Add(item is JsonObject ? item : Detach(BindNode(item, data)));
        }

        foreach (JsonNode? node in result)
        {
            array.Add(node);
        }

        return array;
    }

    private static JsonNode? BindString(string text, IReadOnlyDictionary<string, object?> data)
    {
        if (WholePlaceholder(text) is { } key && Lookup(key, data) is JsonNode node)
        {
            return node.DeepClone();
        }

        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return JsonValue.Create(text);
        }

        return JsonValue.Create(Placeholder().Replace(text, m => Format(Lookup(m.Groups[1].Value, data))));
    }

    private static object? Resolve(string condition, IReadOnlyDictionary<string, object?> data) =>
        WholePlaceholder(condition) is { } key ? Lookup(key, data) : condition;

    private static object? Lookup(string key, IReadOnlyDictionary<string, object?> data) =>
        data.TryGetValue(key, out object? value) ? value : null;

    private static string? WholePlaceholder(string text)
    {
        Match match = Placeholder().Match(text);
        return match.Success && match.Length == text.Length ? match.Groups[1].Value : null;
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

    private static JsonNode? Detach(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.]+)\}")]
    private static partial Regex Placeholder();
}
