using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClustER.Cards;

/// <summary>
/// Loads the Adaptive Card templates embedded in this assembly (<c>Templates/{name}.json</c>) and binds
/// data into them with <see cref="CardBinder"/>.
/// </summary>
public static class CardTemplates
{
    private static readonly Assembly Assembly = typeof(CardTemplates).Assembly;
    private static readonly ConcurrentDictionary<string, JsonNode> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of every embedded template.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)];

    private static string Prefix => "ClustER.Cards.Templates.";

    /// <summary>A fresh copy of the template <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No such embedded template.</exception>
    public static JsonNode Load(string name) => Cached(name).DeepClone();

    /// <summary>Binds <paramref name="data"/> into the template <paramref name="name"/>, read from the cache without a copy.</summary>
    /// <exception cref="InvalidOperationException">No such embedded template.</exception>
    public static JsonNode Render(string name, IReadOnlyDictionary<string, object?> data) =>
        CardBinder.Bind(Cached(name), data);

    private static JsonNode Cached(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Cache.GetOrAdd(name, static key =>
        {
            string resource = Prefix + key + ".json";
            using Stream stream = Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Card template resource '{resource}' is not embedded in {Assembly.GetName().Name}.");
            return Materialize(JsonNode.Parse(stream)) ?? throw new InvalidOperationException($"Card template '{key}' is empty.");
        });
    }

    /// <summary>
    /// The parsed template rebuilt from plain nodes. A parsed node reads its JSON text again on every copy (every
    /// property name and string decoded anew, per card and per slot); copies of plain nodes share their strings.
    /// </summary>
    private static JsonNode? Materialize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Materialize(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Materialize)]),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => JsonValue.Create(value.GetValue<string>()),
            JsonValueKind.True or JsonValueKind.False => JsonValue.Create(value.GetValue<bool>()),
            JsonValueKind.Number when value.TryGetValue(out long whole) => JsonValue.Create(whole),
            JsonValueKind.Number => JsonValue.Create(value.GetValue<double>()),
            _ => null,
        },
        _ => null,
    };
}
