using ClustER.Bot.Features.Knowledge;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>One item that answers a question, with why it ranks where it does.</summary>
/// <param name="Item">The item.</param>
/// <param name="Coverage">The share (0-1) of the question's content, weighted by rarity, that the item matches.</param>
/// <param name="Relevance">Coverage plus the bonuses for title matches and named facets; ranks the answer.</param>
/// <param name="Matched">The question's words the item matched.</param>
public sealed record SearchHit(KnowledgeItem Item, double Coverage, double Relevance, IReadOnlyList<string> Matched);
