namespace ClustER.Bot.MemberDirectory;

/// <summary>
/// One of the association's strategic priorities of the Action Plan; each has a working group.
/// </summary>
/// <param name="Number">1 to 11, the number used in the knowledge files' <c>priorities</c> and in the directory.</param>
/// <param name="NameEn">The full English name, as in the annual report.</param>
/// <param name="NameIt">The full Italian name.</param>
/// <param name="ShortEn">A short English label for cards and lists.</param>
/// <param name="ShortIt">A short Italian label for cards and lists.</param>
/// <param name="Keywords">
/// Themes in both languages, lower case without accents. A trailing <c>*</c> matches any ending of the
/// last word (<c>radiofarmac*</c>: radiofarmaco, radiofarmaci); an all-capital keyword (<c>AI</c>) matches
/// only that exact capitalised word, so the Italian "ai" (to the) is not taken for artificial intelligence.
/// </param>
public sealed record StrategicPriority(
    int Number,
    string NameEn,
    string NameIt,
    string ShortEn,
    string ShortIt,
    IReadOnlyList<string> Keywords)
{
    /// <summary>The full name in <paramref name="language"/> (<c>it</c> or <c>en</c>; Italian otherwise).</summary>
    public string Name(string? language) => IsEnglish(language) ? NameEn : NameIt;

    /// <summary>The short label in <paramref name="language"/> (<c>it</c> or <c>en</c>; Italian otherwise).</summary>
    public string ShortName(string? language) => IsEnglish(language) ? ShortEn : ShortIt;

    private static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
