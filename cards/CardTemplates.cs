using System.Collections.Concurrent;
using System.Reflection;
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
    public static JsonNode Load(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        JsonNode template = Cache.GetOrAdd(name, static key =>
        {
            string resource = Prefix + key + ".json";
            using Stream stream = Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Card template resource '{resource}' is not embedded in {Assembly.GetName().Name}.");
            return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"Card template '{key}' is empty.");
        });
        return template.DeepClone();
    }

    /// <summary>Loads <paramref name="name"/> and binds <paramref name="data"/> into it.</summary>
    public static JsonNode Render(string name, IReadOnlyDictionary<string, object?> data) =>
        CardBinder.Bind(Load(name), data);
}
