namespace ClustER.Bot.Features.Questions.Search;

/// <summary>
/// Guesses the other language's spelling of a learned word from regular Italian-English correspondences
/// ("nutrizione" ↔ "nutrition", "oncologia" ↔ "oncology", "farmaceutico" ↔ "pharmaceutical"), so a question in
/// one language finds content written in the other. A guess counts only if the index holds it.
/// </summary>
internal static class Cognates
{
    private static readonly (string It, string En)[] Suffixes =
    [
        ("zione", "tion"), ("zioni", "tions"), ("sione", "sion"), ("sioni", "sions"), ("ita", "ity"),
        ("logia", "logy"), ("logie", "logies"), ("ismo", "ism"), ("ici", "ics"), ("ico", "ic"), ("ica", "ic"),
        ("iche", "ics"), ("ico", "ical"), ("ica", "ical"), ("ale", "al"), ("ali", "al"), ("ivo", "ive"), ("iva", "ive"),
        ("ivi", "ive"), ("ive", "ive"), ("ina", "ine"), ("ine", "ines"), ("ario", "ary"), ("aria", "ary"), ("oso", "ous"),
        ("osa", "ous"), ("ente", "ent"), ("enti", "ents"), ("anza", "ance"), ("enza", "ence"), ("mento", "ment"),
        ("menti", "ments"), ("ia", "y"), ("ie", "ies"),
    ];

    private static readonly (string Greek, string Italian)[] Letters = [("ph", "f"), ("th", "t"), ("y", "i"), ("k", "c")];

    /// <summary>Possible spellings of <paramref name="word"/> (folded) in the other language.</summary>
    public static IEnumerable<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 5)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (string candidate in Forms(word, seen).ToList())
        {
            yield return candidate;
        }

        // English plurals ("nutraceuticals") take the singular's Italian forms too.
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            foreach (string candidate in Forms(word[..^1], seen).ToList())
            {
                yield return candidate;
            }
        }
    }

    private static IEnumerable<string> Forms(string word, HashSet<string> seen)
    {
        foreach ((string it, string en) in Suffixes)
        {
            if (word.EndsWith(it, StringComparison.Ordinal) && seen.Add(word[..^it.Length] + en))
            {
                yield return word[..^it.Length] + en;
            }

            if (word.EndsWith(en, StringComparison.Ordinal))
            {
                string italian = Italianise(word[..^en.Length]) + it;
                if (seen.Add(italian))
                {
                    yield return italian;
                }
            }
        }

        string respelled = Italianise(word);
        if (seen.Add(respelled))
        {
            yield return respelled;
        }
    }

    private static string Italianise(string stem)
    {
        foreach ((string greek, string italian) in Letters)
        {
            stem = stem.Replace(greek, italian, StringComparison.Ordinal);
        }

        return stem;
    }
}
