using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClustER.Bot.MemberDirectory;

/// <summary>
/// A text prepared for theme matching: words without accents and punctuation, in lower case and as
/// written (for acronyms), so "Medicina Rigenerativa" and "medicina rigenerativa" match alike.
/// </summary>
internal sealed partial class ThemeText
{
    private readonly string[] _lower;
    private readonly HashSet<string> _asWritten;

    public ThemeText(string text)
    {
        string[] words = Words(text);
        _asWritten = [.. words];
        _lower = [.. words.Select(w => w.ToLowerInvariant())];
    }

    /// <summary>True when the text contains <paramref name="keyword"/> (see <see cref="StrategicPriority.Keywords"/>).</summary>
    public bool Contains(string keyword)
    {
        if (IsAcronym(keyword))
        {
            return _asWritten.Contains(keyword);
        }

        bool prefix = keyword.EndsWith('*');
        string[] parts = Words(prefix ? keyword[..^1] : keyword).Select(w => w.ToLowerInvariant()).ToArray();
        if (parts.Length == 0)
        {
            return false;
        }

        for (int start = 0; start + parts.Length <= _lower.Length; start++)
        {
            if (PhraseAt(start, parts, prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Priority numbers named explicitly: "WG 5", "WG5", "priority 3", "priorità 3", "gruppo di lavoro 7".</summary>
    public IEnumerable<int> ExplicitNumbers(int max)
    {
        string joined = string.Join(' ', _lower);
        foreach (Match match in ExplicitNumberPattern().Matches(joined))
        {
            if (int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= max)
            {
                yield return n;
            }
        }
    }

    /// <summary>The words of <paramref name="text"/>, accents removed, split on anything not a letter or digit.</summary>
    internal static string[] Words(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private bool PhraseAt(int start, string[] parts, bool prefixLast)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            string word = _lower[start + i];
            bool last = i == parts.Length - 1;
            bool same = last && prefixLast
                ? word.StartsWith(parts[i], StringComparison.Ordinal)
                : string.Equals(word, parts[i], StringComparison.Ordinal);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(string keyword) =>
        keyword.Length > 0 && keyword.All(c => char.IsUpper(c) || char.IsDigit(c));

    [GeneratedRegex(@"\b(?:wg|gdl|(?:strategic\s)?priority|priorita(?:\sstrategica)?|working group|gruppo di lavoro|gruppo)\s?(?<n>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitNumberPattern();
}
