namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>
/// A content word of a question: what an item must match for the question to be about it. Some words
/// also name a structured facet (a theme, an eligibility, a programme, a place), which an item can
/// satisfy by its data even when its text does not use the word.
/// </summary>
/// <param name="Word">The folded word.</param>
/// <param name="Synonyms">Words that mean the same, in either language (from the vocabulary).</param>
/// <param name="Theme">The strategic priority the word names, if any.</param>
/// <param name="Eligibility">The eligibility values the word names, if any.</param>
/// <param name="Programme">The programme key the word is part of, if any.</param>
/// <param name="Place">The place key the word is part of, if any.</param>
/// <param name="EventKind">The event kind the word names ("fiera" → fair), if any.</param>
public sealed record Concept(
    string Word,
    IReadOnlyCollection<string> Synonyms,
    int? Theme = null,
    IReadOnlyList<string>? Eligibility = null,
    string? Programme = null,
    string? Place = null,
    string? EventKind = null);
