namespace ClustER.Bot.Features.Questions.Search;

/// <summary>How well one item matches one content word.</summary>
/// <param name="Credit">1 for the word itself or a named facet, less for synonyms (0.9), cognates (0.85), typos (0.7), themes (0.6).</param>
/// <param name="InTitle">True when the word's text was found in the title (or an FAQ question).</param>
internal readonly record struct ConceptMatch(double Credit, bool InTitle)
{
    /// <summary>The better credit of two matches; in the title if either text match was.</summary>
    public static ConceptMatch Best(ConceptMatch a, ConceptMatch b) => new(Math.Max(a.Credit, b.Credit), a.InTitle || b.InTitle);
}
