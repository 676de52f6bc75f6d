using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>
/// Answers a parsed question from a knowledge snapshot. Hard filters first (kind, event kind, programme,
/// eligibility, place, priority number, time); then each content word is matched (text in both analyses,
/// synonyms, cognates, typos, facets) and an item's coverage is the rarity-weighted share of the words it
/// matches. Items covering less than half of the question are not relevant: a question about nothing we
/// know gets no items. Ranking: relevance (coverage, title matches, named facets) in tiers of 0.1, then the
/// nearest date; for "next" questions the soonest upcoming first.
/// </summary>
internal static class KnowledgeSearch
{
    /// <summary>Below this coverage an item is not about the question.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>An FAQ answer to a question that named calls or events must match its own questions this well.</summary>
    public const double MinFaqCoverage = 0.75;

    private const double TitleBonus = 0.25;
    private const double ProgrammeBonus = 0.1;
    private const double FacetBonus = 0.05;

    /// <summary>Searches <paramref name="snapshot"/> for <paramref name="question"/> at <paramref name="now"/>.</summary>
    public static SearchOutcome Search(KnowledgeSnapshot snapshot, ParsedQuestion question, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(question);
        if (!question.IsUnderstood || snapshot.Items.Count == 0)
        {
            return new SearchOutcome(question, [], false);
        }

        IReadOnlyList<KnowledgeItem> items = snapshot.Items;
        List<int> candidates = [.. Enumerable.Range(0, items.Count).Where(i => SearchFilters.PassesFacets(items[i], question))];
        List<SearchHit> relevant = Score(snapshot, question, question.Concepts, candidates, MinCoverage, requireTitle: false);
        if (!question.Allows(KnowledgeKind.Faq) && question.Time is null && question.Status == QuestionStatus.Default && !question.Next)
        {
            // "How do I join a working group?" names an event kind but asks the association: an FAQ answer whose
            // own questions match the whole question competes with the events.
            List<int> faqs = [.. Enumerable.Range(0, items.Count).Where(i => items[i].Kind == KnowledgeKind.Faq)];
            if (faqs.Count > 0)
            {
                relevant.AddRange(Score(snapshot, question, question.FaqConcepts, faqs, MinFaqCoverage, requireTitle: true));
            }
        }

        List<SearchHit> current = [.. relevant.Where(h => SearchFilters.PassesTime(h.Item, question, now))];
        bool onlyPast = false;
        if (current.Count == 0 && question.Time is null && question.Status == QuestionStatus.Default && question.Concepts.Count > 0)
        {
            // Nothing open or upcoming is about this: say what closed or took place instead, marked as such.
            current = [.. relevant.Where(h => h.Item.IsPast(now))];
            onlyPast = current.Count > 0;
        }

        return new SearchOutcome(question, Order(current, question, now), onlyPast);
    }

    private static List<SearchHit> Score(KnowledgeSnapshot snapshot, ParsedQuestion question, IReadOnlyList<Concept> concepts,
        List<int> candidates, double minCoverage, bool requireTitle)
    {
        IReadOnlyList<KnowledgeItem> items = snapshot.Items;
        if (concepts.Count == 0)
        {
            if (requireTitle)
            {
                return [];
            }

            return [.. candidates.Select(i => new SearchHit(items[i], 1, 1 + Bonus(items[i], question), []))];
        }

        // Rarer words weigh more: matching "radiofarmaci" says more than matching "salute". An unknown word weighs most.
        double n = Math.Max(snapshot.Items.Count, 20);
        var weighted = concepts
            .Select(c => (Concept: c, Matches: ConceptMatcher.Match(snapshot, c)))
            .Select(x => (x.Concept, x.Matches, Weight: Math.Log(1 + (n / (1 + x.Matches.Count)))))
            .ToList();
        double total = weighted.Sum(c => c.Weight);
        List<SearchHit> hits = [];
        foreach (int i in candidates)
        {
            double covered = 0, inTitle = 0, itemTotal = total;
            List<string> matched = [];
            foreach ((Concept concept, Dictionary<int, ConceptMatch> matches, double weight) in weighted)
            {
                if (concept.EventKind is not null && items[i].Kind == KnowledgeKind.Event)
                {
                    // For events the kind named is already a filter: it neither adds to nor dilutes their coverage.
                    itemTotal -= weight;
                    continue;
                }

                if (matches.TryGetValue(i, out ConceptMatch match))
                {
                    covered += weight * match.Credit;
                    inTitle += match.InTitle ? weight : 0;
                    matched.Add(concept.Word);
                }
            }

            double coverage = itemTotal > 1e-9 ? covered / itemTotal : 1;
            double titleShare = itemTotal > 1e-9 ? inTitle / itemTotal : 0;
            if (coverage >= minCoverage && (!requireTitle || inTitle > 0))
            {
                hits.Add(new SearchHit(items[i], coverage, coverage + (TitleBonus * titleShare) + Bonus(items[i], question), matched));
            }
        }

        return hits;
    }

    private static double Bonus(KnowledgeItem item, ParsedQuestion question)
    {
        double bonus = 0;
        if (item.Kind == KnowledgeKind.Call && question.Programmes.Any(p => Facets.ProgrammeMatches(p, item.Programme ?? string.Empty)))
        {
            bonus += ProgrammeBonus;
        }

        if (question.IsQuestion && item.Kind == KnowledgeKind.Faq)
        {
            bonus += ProgrammeBonus;
        }

        if ((question.Facets.Contains("deadline") && item.Kind == KnowledgeKind.Call)
            || (question.Facets.Contains("registration") && item.RegistrationDeadline is not null)
            || (question.Facets.Contains("where") && item.Kind == KnowledgeKind.Event))
        {
            bonus += FacetBonus;
        }

        return bonus;
    }

    private static List<SearchHit> Order(List<SearchHit> hits, ParsedQuestion question, DateTimeOffset now)
    {
        // "Opening soon" is about when calls open; otherwise a call's date is its deadline, an event's its start.
        Func<SearchHit, DateTimeOffset?> date = question.Status == QuestionStatus.Opening
            ? h => h.Item.Kind == KnowledgeKind.Call ? h.Item.Opens : h.Item.KeyDate
            : h => h.Item.KeyDate;
        IOrderedEnumerable<SearchHit> ordered = question.Next
            ? hits.OrderBy(h => date(h) is null ? 1 : 0).ThenBy(date).ThenByDescending(h => h.Relevance)
            : hits.OrderByDescending(h => Math.Round(h.Relevance, 1, MidpointRounding.AwayFromZero))
                .ThenBy(h => date(h) is null ? 1 : 0)
                .ThenBy(h => date(h) is { } d ? (d - now).Duration() : TimeSpan.MaxValue)
                .ThenByDescending(h => h.Relevance);
        return [.. ordered.ThenBy(h => h.Item.Title, StringComparer.Ordinal)];
    }
}
