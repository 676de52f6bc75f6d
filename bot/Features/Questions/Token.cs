namespace ClustER.Bot.Features.Questions;

/// <summary>A word of a question: folded for matching, and as the member wrote it (for acronyms such as "AI").</summary>
/// <param name="Folded">Lowercase, without accents.</param>
/// <param name="Original">As written.</param>
internal readonly record struct Token(string Folded, string Original)
{
    /// <summary>True for an acronym written in capitals ("AI", "PNRR").</summary>
    public bool IsAcronym => Original.Length >= 2 && Original.All(c => char.IsUpper(c) || char.IsDigit(c));
}
