using System.Globalization;
using System.Text;

namespace ClustER.Bot.Features.Questions;

/// <summary>Small text helpers shared by the parser and the index: folding and word splitting.</summary>
internal static class Text
{
    /// <summary>Lowercase without accents ("Exposanità" → "exposanita", "è" → "e").</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c switch { '’' or '`' or '´' => '\'', 'ß' => 's', _ => c });
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The words of <paramref name="text"/>, folded and as written, with Italian elisions split off
    /// ("dell'assemblea" → "dell'", "assemblea") and digits kept ("15", "2027", "i3").
    /// </summary>
    public static List<Token> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Token> tokens = [];
        var word = new StringBuilder();
        foreach (char raw in text.Normalize(NormalizationForm.FormC))
        {
            char c = raw is '’' or '`' or '´' ? '\'' : raw;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c == '\'' && word.Length > 0)
            {
                word.Append(c);
                Flush();
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
            {
                string original = word.ToString();
                tokens.Add(new Token(Fold(original), original));
                word.Clear();
            }
        }
    }
}
