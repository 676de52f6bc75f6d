using ClustER.Bot.Features.Knowledge;

namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>The phrase tables and calendar arithmetic of <see cref="TimeExpressionParser"/>.</summary>
internal static partial class TimeExpressionParser
{
    private static readonly HashSet<string> WithinMarkers =
        ["nei", "nelle", "nel", "entro", "within", "in", "prossimi", "prossime", "next", "the", "coming", "over", "upcoming", "following", "tra", "fra", "i", "le", "during", "durante"];

    private static readonly (string[] Phrase, string Unit)[] EndOfPeriod =
    [
        (["end", "of", "the", "month"], "month"), (["end", "of", "month"], "month"), (["fine", "mese"], "month"),
        (["la", "fine", "del", "mese"], "month"), (["fine", "del", "mese"], "month"), (["month", "end"], "month"),
        (["end", "of", "the", "week"], "week"), (["fine", "settimana"], "week-end-marker"),
        (["end", "of", "the", "year"], "year"), (["end", "of", "year"], "year"), (["fine", "anno"], "year"),
        (["fine", "dell'", "anno"], "year"), (["year", "end"], "year"),
    ];

    private static readonly (string[] Phrase, string Unit, int Shift)[] Periods =
    [
        (["questa", "settimana"], "week", 0), (["this", "week"], "week", 0), (["settimana", "corrente"], "week", 0),
        (["prossima", "settimana"], "week", 1), (["settimana", "prossima"], "week", 1), (["next", "week"], "week", 1),
        (["settimana", "scorsa"], "week", -1), (["scorsa", "settimana"], "week", -1), (["last", "week"], "week", -1), (["past", "week"], "week", -1),
        (["questo", "weekend"], "weekend", 0), (["this", "weekend"], "weekend", 0), (["weekend"], "weekend", 0),
        (["questo", "fine", "settimana"], "weekend", 0), (["fine", "settimana"], "weekend", 0), (["next", "weekend"], "weekend", 1),
        (["questo", "mese"], "month", 0), (["this", "month"], "month", 0), (["mese", "corrente"], "month", 0), (["current", "month"], "month", 0),
        (["prossimo", "mese"], "month", 1), (["mese", "prossimo"], "month", 1), (["next", "month"], "month", 1),
        (["mese", "scorso"], "month", -1), (["scorso", "mese"], "month", -1), (["last", "month"], "month", -1), (["past", "month"], "month", -1),
        (["quest'", "anno"], "year", 0), (["questo", "anno"], "year", 0), (["this", "year"], "year", 0), (["anno", "in", "corso"], "year", 0),
        (["prossimo", "anno"], "year", 1), (["anno", "prossimo"], "year", 1), (["next", "year"], "year", 1),
        (["anno", "scorso"], "year", -1), (["scorso", "anno"], "year", -1), (["last", "year"], "year", -1),
    ];

    /// <summary>How a preposition bends a date or a month: until its end, before its start, after it, from it.</summary>
    private enum Direction
    {
        At,
        UntilEnd,
        BeforeStart,
        After,
        From,
    }

    private static int Lead(Context c, int i, out Direction direction)
    {
        direction = Direction.At;
        if (c.IsAny(i, UntilEnd))
        {
            direction = Direction.UntilEnd;
        }
        else if (c.IsAny(i, BeforeStart))
        {
            direction = Direction.BeforeStart;
        }
        else if (c.IsAny(i, After))
        {
            direction = Direction.After;
        }
        else if (c.IsAny(i, From))
        {
            direction = Direction.From;
        }
        else
        {
            return 0;
        }

        // "entro il 15 marzo", "fino al 15", "prima del 15 marzo", "before the 15th", "dopo il", "until the end".
        int lead = 1;
        while (i + lead < c.Words.Count && lead < 3 && c.Words[i + lead] is "il" or "al" or "del" or "di" or "the" or "a" or "l'" or "la" or "of")
        {
            lead++;
        }

        return lead;
    }

    private static TimeRange Directed(Context c, TimeRange span, Direction direction) => direction switch
    {
        Direction.UntilEnd => new TimeRange(c.Now, span.To),
        Direction.BeforeStart => new TimeRange(c.Now, span.From),
        Direction.After => new TimeRange(span.To, null),
        Direction.From => new TimeRange(span.From, null),
        _ => span,
    };

    private static TimeRange PeriodRange(Context c, string unit, int shift)
    {
        DateOnly today = c.Today;
        switch (unit)
        {
            case "week":
            case "week-end-marker":
                DateOnly monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * shift);
                return new TimeRange(RomeTime.StartOf(monday), RomeTime.StartOf(monday.AddDays(7)));
            case "weekend":
                DateOnly saturday = today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
                if (today.DayOfWeek == DayOfWeek.Sunday)
                {
                    saturday = today.AddDays(-1);
                }

                saturday = saturday.AddDays(7 * shift);
                return new TimeRange(RomeTime.StartOf(saturday), RomeTime.StartOf(saturday.AddDays(2)));
            case "month":
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(shift);
                return new TimeRange(RomeTime.StartOf(first), RomeTime.StartOf(first.AddMonths(1)));
            default:
                var jan = new DateOnly(today.Year + shift, 1, 1);
                return new TimeRange(RomeTime.StartOf(jan), RomeTime.StartOf(jan.AddYears(1)));
        }
    }

    private static int ResolveYear(Context c, int month, Direction direction)
    {
        int year = c.Today.Year;
        bool forward = direction is Direction.UntilEnd or Direction.BeforeStart || !c.PreferPast;
        if (forward && month < c.Today.Month)
        {
            return year + 1;
        }

        return !forward && month > c.Today.Month ? year - 1 : year;
    }

    private static DateOnly? ResolveDate(Context c, int day, int month, int? year, Direction direction)
    {
        int y = year ?? c.Today.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null)
        {
            bool forward = direction is Direction.UntilEnd or Direction.BeforeStart || !c.PreferPast;
            if (forward && date < c.Today && day <= DateTime.DaysInMonth(y + 1, month))
            {
                date = new DateOnly(y + 1, month, day);
            }
            else if (!forward && date > c.Today && day <= DateTime.DaysInMonth(y - 1, month))
            {
                date = new DateOnly(y - 1, month, day);
            }
        }

        return date;
    }

    private static string? Unit(string word) => word switch
    {
        "giorno" or "giorni" or "day" or "days" or "gg" => "day",
        "settimana" or "settimane" or "week" or "weeks" => "week",
        "mese" or "mesi" or "month" or "months" => "month",
        _ => null,
    };

    private static TimeRange Day(DateOnly date) => new(RomeTime.StartOf(date), RomeTime.StartOf(date.AddDays(1)));

    private static TimeRange Intersect(TimeRange a, TimeRange b)
    {
        DateTimeOffset? from = a.From is null ? b.From : b.From is null ? a.From : a.From > b.From ? a.From : b.From;
        DateTimeOffset? to = a.To is null ? b.To : b.To is null ? a.To : a.To < b.To ? a.To : b.To;
        return new TimeRange(from, to);
    }

    private sealed record Match(int Start, int Length, TimeRange Range);

    private sealed record Context(IReadOnlyList<string> Words, DateOnly Today, DateTimeOffset Now, bool PreferPast)
    {
        public bool Is(int i, params string[] phrase)
        {
            if (i < 0 || i + phrase.Length > Words.Count)
            {
                return false;
            }

            for (int k = 0; k < phrase.Length; k++)
            {
                if (Words[i + k] != phrase[k])
                {
                    return false;
                }
            }

            return true;
        }

        public bool IsAny(int i, HashSet<string> words) => i >= 0 && i < Words.Count && words.Contains(Words[i]);
    }
}
