using System.Globalization;
using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>
/// Spells numeric dates out ("15/03", "15.03.2027", "2027-03-15" → "15 march 2027"), day first as in Italy and
/// Britain, so the time parser reads them like written ones. Anything that is not a real date is left alone.
/// </summary>
internal static partial class NumericDates
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary><paramref name="text"/> with its numeric dates written in words.</summary>
    public static string Spell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Iso().Replace(text, m => Words(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) ?? m.Value);
        return DayFirst().Replace(text, m => Words(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) ?? m.Value);
    }

    private static string? Words(string day, string month, string year)
    {
        int d = int.Parse(day, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > 31)
        {
            return null;
        }

        string y = year.Length == 2 ? "20" + year : year;
        return y.Length == 0 ? $"{d} {MonthNames[m - 1]}" : $"{d} {MonthNames[m - 1]} {y}";
    }

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.](?<m>\d{1,2})(?:[/.](?<y>\d{4}|\d{2}))?\b")]
    private static partial Regex DayFirst();
}
