using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>
/// The hard filters of a question: what it names structurally an item must have. Facet filters apply to
/// the kinds that carry the facet (a programme filters calls, a place filters events); an item of
/// another kind can still answer through its text.
/// </summary>
internal static class SearchFilters
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    /// <summary>Kind, event kind, programme, eligibility, place and priority number.</summary>
    public static bool PassesFacets(KnowledgeItem item, ParsedQuestion q)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(q);
        if (!q.Allows(item.Kind))
        {
            return false;
        }

        if (q.Priorities.Count > 0 && !item.Priorities.Any(q.Priorities.Contains))
        {
            return false;
        }

        return item.Kind switch
        {
            KnowledgeKind.Call =>
                (q.Programmes.Count == 0 || q.Programmes.Any(p => Facets.ProgrammeMatches(p, item.Programme ?? string.Empty)))
                && (q.Eligibility.Count == 0 || item.Eligibility.Count == 0 || item.Eligibility.Any(q.Eligibility.Contains)),
            KnowledgeKind.Event =>
                (q.EventKinds.Count == 0 || (item.EventKind is { } kind && q.EventKinds.Contains(kind)))
                && (q.Places.Count == 0 || q.Places.Any(p => Facets.PlaceMatches(p, item))),
            _ => true,
        };
    }

    /// <summary>
    /// The time named, or the status asked, or by default what is still useful: calls not closed (rolling
    /// calls count as open, forthcoming ones too) and events not over.
    /// </summary>
    public static bool PassesTime(KnowledgeItem item, ParsedQuestion q, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(q);
        if (item.Kind == KnowledgeKind.Faq)
        {
            return true;
        }

        bool lookingBack = q.Status is QuestionStatus.Closed or QuestionStatus.Recent;
        if (q.Time is { } time)
        {
            TimeRange range = lookingBack ? time : time.NotBefore(now);
            return item.Kind == KnowledgeKind.Call ? CallIn(item, range, q.Status) : EventIn(item, range);
        }

        if (q.Next)
        {
            return !item.IsPast(now);
        }

        return q.Status switch
        {
            QuestionStatus.Open => item.Kind == KnowledgeKind.Call ? item.IsOpenNow(now) : !item.IsPast(now),
            QuestionStatus.Closed => item.IsPast(now),
            QuestionStatus.Recent => item.IsPast(now) && (item.Kind == KnowledgeKind.Call ? item.Deadline : item.EventEnd) >= now - RecentWindow,
            QuestionStatus.Opening => item.Kind == KnowledgeKind.Call ? item.Opens > now : !item.IsPast(now),
            _ => !item.IsPast(now),
        };
    }

    private static bool CallIn(KnowledgeItem call, TimeRange range, QuestionStatus status)
    {
        if (status == QuestionStatus.Opening)
        {
            return call.Opens is { } opens && range.Contains(opens);
        }

        if (status == QuestionStatus.Open)
        {
            // Open at some point of the range: opened before it ends, not closed before it starts.
            return (call.Opens is null || range.To is null || call.Opens < range.To)
                && (call.Deadline is null || range.From is null || call.Deadline >= range.From);
        }

        return call.Deadline is { } deadline && range.Contains(deadline);
    }

    private static bool EventIn(KnowledgeItem ev, TimeRange range) =>
        ev.Start is { } start && range.Overlaps(start, ev.EventEnd ?? start);
}
