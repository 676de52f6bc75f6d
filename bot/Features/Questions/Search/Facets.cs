using System.Collections.Concurrent;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>How the structured facets a question names are matched against an item's data.</summary>
internal static class Facets
{
    private const int MaxCached = 10_000;
    private static readonly ConcurrentDictionary<string, string[]> PlaceNames = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Normalised = new(StringComparer.Ordinal);

    /// <summary>
    /// True when a call's <paramref name="programme"/> is the programme <paramref name="key"/> names. A key lists
    /// alternatives separated by commas; hyphens stand for spaces ("eic-accelerator" matches "EIC Accelerator").
    /// </summary>
    public static bool ProgrammeMatches(string key, string programme)
    {
        string words = Words(programme);
        return key.Split(',').Any(k => words.Contains(Words(k.Replace('-', ' ')), StringComparison.Ordinal));
    }

    /// <summary>True when the event takes place in the place <paramref name="key"/> (by any of its names), or online for <c>online</c>.</summary>
    public static bool PlaceMatches(string key, KnowledgeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind != Knowledge.Model.KnowledgeKind.Event)
        {
            return false;
        }

        if (key == "online")
        {
            return item.Online is not null;
        }

        if (item.Location is null)
        {
            return false;
        }

        string location = Words(item.Location);
        string[] names = PlaceNames.GetOrAdd(key, k => [.. Vocabulary.Default.PhrasesOf(VocabularySection.Place, k).Append(k)]);
        return names.Any(n => location.Contains(" " + n + " ", StringComparison.Ordinal));
    }

    /// <summary>" folded words " of a programme, a key or a location; cached, because the same few strings come back on every question.</summary>
    private static string Words(string text)
    {
        if (Normalised.TryGetValue(text, out string? words))
        {
            return words;
        }

        words = " " + string.Join(' ', Text.Tokens(text).Select(t => t.Folded)) + " ";
        if (Normalised.Count < MaxCached)
        {
            Normalised[text] = words;
        }

        return words;
    }
}
