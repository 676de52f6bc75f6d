using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>The answer to a question: the relevant items, best first.</summary>
/// <param name="Question">The question as understood.</param>
/// <param name="Hits">Every relevant item, in answer order.</param>
/// <param name="OnlyPast">True when nothing open or upcoming matched and these are closed calls or past events.</param>
public sealed record SearchOutcome(ParsedQuestion Question, IReadOnlyList<SearchHit> Hits, bool OnlyPast);
