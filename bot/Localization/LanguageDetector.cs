using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Util;

namespace ClustER.Bot.Localization;

/// <summary>
/// Tells whether a short message is Italian or English, or that it cannot tell (a bare name such as
/// "Interreg"). Evidence: the stop-word lists of Lucene's Italian and English analyzers, a small lexicon
/// of words members use with a bot (<c>LanguageHints.txt</c>), elisions and accented letters.
/// </summary>
public static class LanguageDetector
{
    private static readonly CharArraySet ItalianStops = ItalianAnalyzer.DefaultStopSet;
    private static readonly CharArraySet EnglishStops = EnglishAnalyzer.DefaultStopSet;
    private static readonly (HashSet<string> Italian, HashSet<string> English) Hints = LoadHints();

    /// <summary>The language of <paramref name="text"/>, or null when the evidence is too thin.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        double italian = 0, english = 0;
        foreach (string raw in Tokenise(text))
        {
            string word = raw.ToLowerInvariant();
            if (word.Contains('\'', StringComparison.Ordinal) || word.Contains('’', StringComparison.Ordinal))
            {
                // Elisions (dell'assemblea, l'evento, c'è) are Italian; English contractions (what's, don't) are not elided articles.
                string head = word.Split('\'', '’')[0];
                if (head is "l" or "dell" or "all" or "dall" or "nell" or "sull" or "un" or "c" or "d" or "quest" or "po" or "cos" or "dov" or "quell" or "nessun" or "qual" or "com")
                {
                    italian += 2;
                }
                else
                {
                    english += 1;
                }

                continue;
            }

            bool itStop = ItalianStops.Contains(word), enStop = EnglishStops.Contains(word);
            bool itHint = Hints.Italian.Contains(word), enHint = Hints.English.Contains(word);
            if ((itStop || itHint) && !(enStop || enHint))
            {
                italian += itHint ? 2 : 1;
            }
            else if ((enStop || enHint) && !(itStop || itHint))
            {
                english += enHint ? 2 : 1;
            }

            if (word.Any(c => c is 'à' or 'è' or 'é' or 'ì' or 'ò' or 'ù'))
            {
                italian += 1;
            }
        }

        if (italian == english)
        {
            return null;
        }

        return italian > english ? Languages.Italian : Languages.English;
    }

    private static IEnumerable<string> Tokenise(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetter(c) || c is '\'' or '’')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static (HashSet<string>, HashSet<string>) LoadHints()
    {
        using Stream stream = typeof(LanguageDetector).Assembly.GetManifestResourceStream("ClustER.Bot.Localization.LanguageHints.txt")
            ?? throw new InvalidOperationException("LanguageHints.txt is not embedded.");
        using var reader = new StreamReader(stream);
        HashSet<string> it = new(StringComparer.Ordinal), en = new(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("it:", StringComparison.Ordinal))
            {
                it.UnionWith(line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLower(CultureInfo.InvariantCulture)));
            }
            else if (line.StartsWith("en:", StringComparison.Ordinal))
            {
                en.UnionWith(line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLower(CultureInfo.InvariantCulture)));
            }
        }

        return (it, en);
    }
}
