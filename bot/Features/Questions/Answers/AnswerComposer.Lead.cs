using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Search;
using static ClustER.Bot.Features.Questions.Answers.ItemPresenter;

namespace ClustER.Bot.Features.Questions.Answers;

/// <summary>The one-sentence direct answer above the list, for "where / when / deadline / registration" questions.</summary>
internal sealed partial class AnswerComposer
{
    private static string? Lead(SearchOutcome outcome, string lang, DateTimeOffset now)
    {
        IReadOnlyList<SearchHit> hits = outcome.Hits;
        IReadOnlySet<string> facets = outcome.Question.Facets;
        if (hits.Count == 0 || facets.Count == 0)
        {
            return null;
        }

        // Only when the question is clearly about one item: the first stands out, or "next" picked it.
        bool single = hits.Count == 1 || outcome.Question.Next || hits[0].Relevance - hits[1].Relevance >= 0.1;
        if (!single)
        {
            return null;
        }

        KnowledgeItem top = hits[0].Item;
        if (facets.Contains("registration") && top.RegistrationDeadline is { } registration)
        {
            return T("Lead.Registration", lang, top.Title, Instant(registration, lang), DayHint(registration, lang, now, T("Time.Closed", lang)));
        }

        if (top.Kind == KnowledgeKind.Call && (facets.Contains("deadline") || facets.Contains("when")))
        {
            return top.Deadline is { } deadline
                ? T("Lead.Deadline", lang, top.Title, Instant(deadline, lang), DayHint(deadline, lang, now, null))
                : T("Lead.DeadlineRolling", lang, top.Title);
        }

        if (top.Kind != KnowledgeKind.Event || top.Start is not { } start)
        {
            return null;
        }

        string span = Span(start, top.End, lang);
        if (facets.Contains("where"))
        {
            return top.Location is { Length: > 0 } location
                ? T("Lead.Where", lang, top.Title, location, span)
                : T("Lead.WhereOnline", lang, top.Title, span);
        }

        return facets.Contains("when") ? T("Lead.When", lang, top.Title, span) : null;
    }
}
