using System.Collections.Concurrent;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>How the structured facets a question names are matched against an item's data.</summary>
internal static class Facets
{
    private static readonly ConcurrentDictionary<string, string[]> PlaceNames = new(StringComparer.Ordinal);

    /// <summary>
    /// True when a call's <paramref name="programme"/> is the programme <paramref name="key"/> names. A key lists
    /// alternatives separated by commas; hyphens stand for spaces ("eic-accelerator" matches "EIC Accelerator").
    /// </summary>
    public static bool ProgrammeMatches(string key, string programme)
    {
        string words = " " + string.Join(' ', Text.Tokens(programme).Select(t => t.Folded)) + " ";
        return key.Split(',').Any(k => words.Contains(" " + string.Join(' ', Text.Tokens(k.Replace('-', ' ')).Select(t => t.Folded)) + " ", StringComparison.Ordinal));
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

        string location = " " + string.Join(' ', Text.Tokens(item.Location).Select(t => t.Folded)) + " ";
        string[] names = PlaceNames.GetOrAdd(key, k => [.. Vocabulary.Default.PhrasesOf(VocabularySection.Place, k).Append(k)]);
        return names.Any(n => location.Contains(" " + n + " ", StringComparison.Ordinal));
    }
}
