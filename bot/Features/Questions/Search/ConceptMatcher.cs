using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>
/// Finds the items that match one content word: the word itself in either analysis (title and body),
/// its cross-language synonyms and cognates, small typos when the word is unknown, and the structured
/// facet the word names (theme → priority, eligibility, programme, place).
/// </summary>
internal static class ConceptMatcher
{
    private const double Exact = 1.0;
    private const double Synonym = 0.9;
    private const double Cognate = 0.85;
    private const double Typo = 0.7;
    private const double ThemeOnly = 0.6;

    /// <summary>The items matching <paramref name="concept"/>, by item position in the snapshot.</summary>
    public static Dictionary<int, ConceptMatch> Match(KnowledgeSnapshot snapshot, Concept concept)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(concept);
        var matches = new Dictionary<int, ConceptMatch>();
        KnowledgeIndex index = snapshot.Index;
        bool known = AddText(index, concept.Word, Exact, matches);
        foreach (string synonym in concept.Synonyms)
        {
            AddText(index, synonym, Synonym, matches);
        }

        foreach (string cognate in Cognates.Of(concept.Word))
        {
            AddText(index, cognate, Cognate, matches);
        }

        if (!known && matches.Count == 0)
        {
            AddTypos(index, concept.Word, matches);
        }

        AddFacets(snapshot, concept, matches);
        return matches;
    }

    private static bool AddText(KnowledgeIndex index, string form, double credit, Dictionary<int, ConceptMatch> matches)
    {
        bool any = false;
        any |= AddField(index, KnowledgeIndex.TitleIt, SearchAnalyzers.Terms(SearchAnalyzers.Italian, form), credit, true, matches);
        any |= AddField(index, KnowledgeIndex.BodyIt, SearchAnalyzers.Terms(SearchAnalyzers.Italian, form), credit, false, matches);
        any |= AddField(index, KnowledgeIndex.TitleEn, SearchAnalyzers.Terms(SearchAnalyzers.English, form), credit, true, matches);
        any |= AddField(index, KnowledgeIndex.BodyEn, SearchAnalyzers.Terms(SearchAnalyzers.English, form), credit, false, matches);
        return any;
    }

    private static bool AddField(KnowledgeIndex index, string field, IReadOnlyList<string> terms, double credit, bool title, Dictionary<int, ConceptMatch> matches)
    {
        if (terms.Count == 0)
        {
            return false;
        }

        // A form of several words ("open day") matches an item only when the item has all of them.
        HashSet<int>? items = null;
        foreach (string term in terms)
        {
            var withTerm = new HashSet<int>(index.ItemsWith(field, term));
            items = items is null ? withTerm : [.. items.Intersect(withTerm)];
        }

        foreach (int item in items ?? [])
        {
            Add(matches, item, new ConceptMatch(credit, title));
        }

        return items is { Count: > 0 };
    }

    private static void AddTypos(KnowledgeIndex index, string word, Dictionary<int, ConceptMatch> matches)
    {
        foreach ((string field, bool title, IReadOnlyList<string> terms) in new[]
        {
            (KnowledgeIndex.TitleIt, true, SearchAnalyzers.Terms(SearchAnalyzers.Italian, word)),
            (KnowledgeIndex.BodyIt, false, SearchAnalyzers.Terms(SearchAnalyzers.Italian, word)),
            (KnowledgeIndex.TitleEn, true, SearchAnalyzers.Terms(SearchAnalyzers.English, word)),
            (KnowledgeIndex.BodyEn, false, SearchAnalyzers.Terms(SearchAnalyzers.English, word)),
        })
        {
            if (terms.Count != 1 || terms[0].Length < 5)
            {
                continue;
            }

            int maxEdits = terms[0].Length >= 8 ? 2 : 1;
            foreach (int item in index.ItemsNear(field, terms[0], maxEdits))
            {
                Add(matches, item, new ConceptMatch(Typo, title));
            }
        }
    }

    private static void AddFacets(KnowledgeSnapshot snapshot, Concept concept, Dictionary<int, ConceptMatch> matches)
    {
        IReadOnlyList<KnowledgeItem> items = snapshot.Items;
        for (int i = 0; i < items.Count; i++)
        {
            KnowledgeItem item = items[i];
            if (concept.Theme is { } theme && item.Priorities.Contains(theme))
            {
                Add(matches, i, new ConceptMatch(ThemeOnly, false));
            }

            if (concept.Eligibility is { } eligible && item.Kind == KnowledgeKind.Call && item.Eligibility.Any(eligible.Contains))
            {
                Add(matches, i, new ConceptMatch(Exact, false));
            }

            if (concept.Programme is { } programme && item.Programme is { } p && Facets.ProgrammeMatches(programme, p))
            {
                Add(matches, i, new ConceptMatch(Exact, false));
            }

            if (concept.EventKind is { } kind && item.EventKind == kind)
            {
                Add(matches, i, new ConceptMatch(Exact, false));
            }

            if (concept.Place is { } place && Facets.PlaceMatches(place, item))
            {
                Add(matches, i, new ConceptMatch(Exact, false));
            }
        }
    }

    private static void Add(Dictionary<int, ConceptMatch> matches, int item, ConceptMatch match) =>
        matches[item] = matches.TryGetValue(item, out ConceptMatch old) ? ConceptMatch.Best(old, match) : match;
}
