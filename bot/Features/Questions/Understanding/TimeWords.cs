namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>Month, weekday and number words in Italian and English (folded).</summary>
internal static class TimeWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["gennaio"] = 1, ["febbraio"] = 2, ["marzo"] = 3, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6,
        ["luglio"] = 7, ["agosto"] = 8, ["settembre"] = 9, ["ottobre"] = 10, ["novembre"] = 11, ["dicembre"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["lunedi"] = DayOfWeek.Monday, ["martedi"] = DayOfWeek.Tuesday, ["mercoledi"] = DayOfWeek.Wednesday,
        ["giovedi"] = DayOfWeek.Thursday, ["venerdi"] = DayOfWeek.Friday, ["sabato"] = DayOfWeek.Saturday, ["domenica"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["a"] = 1, ["one"] = 1, ["due"] = 2, ["two"] = 2, ["tre"] = 3, ["three"] = 3,
        ["quattro"] = 4, ["four"] = 4, ["cinque"] = 5, ["five"] = 5, ["sei"] = 6, ["six"] = 6, ["sette"] = 7, ["seven"] = 7,
        ["otto"] = 8, ["eight"] = 8, ["nove"] = 9, ["nine"] = 9, ["dieci"] = 10, ["ten"] = 10, ["dodici"] = 12, ["twelve"] = 12,
        ["quindici"] = 15, ["fifteen"] = 15, ["venti"] = 20, ["twenty"] = 20, ["trenta"] = 30, ["thirty"] = 30,
        ["sessanta"] = 60, ["sixty"] = 60, ["novanta"] = 90, ["ninety"] = 90,
    };

    /// <summary>The month named by <paramref name="word"/> (1-12), or null.</summary>
    public static int? Month(string word) => Months.TryGetValue(word, out int m) ? m : null;

    /// <summary>The weekday named by <paramref name="word"/>, or null.</summary>
    public static DayOfWeek? Weekday(string word) => Weekdays.TryGetValue(word, out DayOfWeek d) ? d : null;

    /// <summary>A count written in digits or words ("30", "trenta", "two"), or null.</summary>
    public static int? Count(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is > 0 and < 1000)
        {
            return n;
        }

        return Numbers.TryGetValue(word, out int w) ? w : null;
    }

    /// <summary>A day of the month ("15", "15th", "1st"), or null.</summary>
    public static int? DayOfMonth(string word)
    {
        string digits = word.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return digits.Length is 1 or 2 && word.Length - digits.Length is 0 or 2
            && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31
            ? d
            : null;
    }

    /// <summary>A four-digit year between 2000 and 2100, or null.</summary>
    public static int? Year(string word) =>
        word.Length == 4 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) && y is >= 2000 and <= 2100 ? y : null;
}
