using System.Globalization;
using System.Text.Json.Nodes;

namespace ClustER.Tests.Infrastructure;

/// <summary>Compares JSON documents by meaning rather than by text.</summary>
public static class JsonAssert
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> says what <paramref name="expected"/> says: same properties
    /// (in any order) and values, where a null property equals a missing one, numbers compare by value,
    /// and date-time strings compare by instant (<c>Z</c> and <c>+00:00</c> are the same time).
    /// </summary>
    public static void Equivalent(JsonNode? expected, JsonNode? actual)
    {
        List<string> differences = [];
        Compare(expected, actual, "$", differences);
        Assert.True(differences.Count == 0, "JSON differs:" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (string key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    Compare(e[key], a[key], $"{path}.{key}", differences);
                }

                return;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {e.Count} items expected, {a.Count} found");
                    return;
                }

                for (int i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", differences);
                }

                return;
            case (JsonValue e, JsonValue a) when SameValue(e, a):
                return;
            default:
                differences.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, found {actual?.ToJsonString() ?? "null"}");
                return;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return true;
        }

        if (expected.TryGetValue(out decimal e) && actual.TryGetValue(out decimal a))
        {
            return e == a;
        }

        return expected.TryGetValue(out string? es) && actual.TryGetValue(out string? @as)
            && DateTimeOffset.TryParse(es, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset ed)
            && DateTimeOffset.TryParse(@as, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset ad)
            && ed == ad && es.Contains('T', StringComparison.Ordinal);
    }
}
