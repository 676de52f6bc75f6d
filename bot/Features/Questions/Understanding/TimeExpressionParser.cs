using ClustER.Bot.Features.Knowledge;

namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>
/// Finds time expressions in a question's folded words, in Italian and English, and turns them into a
/// <see cref="TimeRange"/> on Rome's calendar relative to "now": oggi/today, domani/tomorrow, questa/prossima
/// settimana, this/next week, questo/prossimo mese, a marzo/in October, entro fine mese, nei prossimi 30 giorni,
/// before 15 March/entro il 15 marzo, weekdays, years. Days are Rome's days, so daylight-saving changes are exact.
/// </summary>
internal static partial class TimeExpressionParser
{
    private static readonly HashSet<string> UntilEnd = ["entro", "by", "until", "till", "fino", "al", "through"];
    private static readonly HashSet<string> BeforeStart = ["before", "prima"];
    private static readonly HashSet<string> After = ["after", "dopo"];
    private static readonly HashSet<string> From = ["from", "dal", "da", "since", "starting", "dall'"];
    private static readonly HashSet<string> MonthLead = ["a", "ad", "in", "di", "del", "nel", "of", "during", "durante", "per", "for", "il", "la", "mese", "month", "the"];

    /// <summary>Parses the time expressions among <paramref name="words"/>.</summary>
    /// <param name="words">The question's folded words.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="preferPast">True when the question looks back ("closed", "scorso"): a bare month or date means the last one.</param>
    public static TimeParse Parse(IReadOnlyList<string> words, DateTimeOffset now, bool preferPast)
    {
        ArgumentNullException.ThrowIfNull(words);
        var consumed = new HashSet<int>();
        TimeRange? range = null;
        var context = new Context(words, RomeTime.DateOf(now), now, preferPast);
        for (int i = 0; i < words.Count; i++)
        {
            if (consumed.Contains(i))
            {
                continue;
            }

            if (TryAt(context, i) is not { } match)
            {
                continue;
            }

            for (int k = match.Start; k < match.Start + match.Length; k++)
            {
                consumed.Add(k);
            }

            range = range is null ? match.Range : Intersect(range, match.Range);
            i = match.Start + match.Length - 1;
        }

        return new TimeParse(range, consumed);
    }

    private static Match? TryAt(Context c, int i) =>
        RelativeDay(c, i) ?? Period(c, i) ?? WithinCount(c, i) ?? DayAndMonth(c, i) ?? MonthAlone(c, i) ?? Weekday(c, i) ?? YearAlone(c, i);

    private static Match? RelativeDay(Context c, int i)
    {
        int offset;
        int length = 1;
        if (c.Is(i, "oggi") || c.Is(i, "today") || c.Is(i, "stasera") || c.Is(i, "tonight") || c.Is(i, "stamattina"))
        {
            offset = 0;
        }
        else if (c.Is(i, "day", "after", "tomorrow"))
        {
            offset = 2;
            length = 3;
        }
        else if (c.Is(i, "dopodomani"))
        {
            offset = 2;
        }
        else if (c.Is(i, "domani") || c.Is(i, "tomorrow"))
        {
            offset = 1;
        }
        else if (c.Is(i, "ieri") || c.Is(i, "yesterday"))
        {
            offset = -1;
        }
        else
        {
            return null;
        }

        return new Match(i, length, Day(c.Today.AddDays(offset)));
    }

    private static Match? Period(Context c, int i)
    {
        // "entro fine mese", "by the end of the month", "fine anno": from now to the end of the period.
        int lead = c.IsAny(i, UntilEnd) ? 1 : 0;
        if (lead == 1 && c.Is(i + 1, "the"))
        {
            lead = 2;
        }

        foreach ((string[] phrase, string unit) in EndOfPeriod)
        {
            if (c.Is(i + lead, phrase) && (lead > 0 || unit != "week-end-marker"))
            {
                TimeRange span = PeriodRange(c, unit, 0);
                return new Match(i, lead + phrase.Length, new TimeRange(c.Now, span.To));
            }
        }

        foreach ((string[] phrase, string unit, int shift) in Periods)
        {
            if (c.Is(i, phrase))
            {
                return new Match(i, phrase.Length, PeriodRange(c, unit, shift));
            }
        }

        return null;
    }

    private static Match? WithinCount(Context c, int i)
    {
        // "nei prossimi 30 giorni", "in the next 2 weeks", "within 10 days", "entro 3 mesi", "next few months".
        int j = i;
        bool marker = false;
        while (j < c.Words.Count && j < i + 4 && WithinMarkers.Contains(c.Words[j]))
        {
            marker = true;
            j++;
        }

        int? count = j < c.Words.Count ? TimeWords.Count(c.Words[j]) : null;
        bool few = j < c.Words.Count && c.Words[j] is "few" or "alcuni" or "alcune" or "pochi" or "poche";
        int unitAt = count is not null || few ? j + 1 : j;
        if (!marker || unitAt >= c.Words.Count || Unit(c.Words[unitAt]) is not { } unit)
        {
            return null;
        }

        int n = count ?? (unit == "day" ? 7 : unit == "week" ? 4 : 3);
        bool plural = c.Words[unitAt] is "giorni" or "days" or "settimane" or "weeks" or "mesi" or "months";
        if (count is null && !few && (!plural || !c.Words.Skip(i).Take(unitAt - i).Any(w => w is "prossimi" or "prossime" or "next" or "coming" or "upcoming" or "following")))
        {
            return null;
        }

        DateTimeOffset end = unit switch
        {
            "day" => RomeTime.StartOf(c.Today.AddDays(n + 1)),
            "week" => RomeTime.StartOf(c.Today.AddDays((7 * n) + 1)),
            _ => RomeTime.StartOf(c.Today.AddMonths(n).AddDays(1)),
        };
        return new Match(i, unitAt - i + 1, new TimeRange(c.Now, end));
    }

    private static Match? DayAndMonth(Context c, int i)
    {
        int lead = Lead(c, i, out Direction direction);
        int at = i + lead;
        int? day = null, month = null, year = null;
        int length;
        if (at + 1 < c.Words.Count && TimeWords.DayOfMonth(c.Words[at]) is { } d1 && TimeWords.Month(c.Words[at + 1]) is { } m1)
        {
            (day, month, length) = (d1, m1, 2);
        }
        else if (at + 1 < c.Words.Count && TimeWords.Month(c.Words[at]) is { } m2 && TimeWords.DayOfMonth(c.Words[at + 1]) is { } d2)
        {
            (day, month, length) = (d2, m2, 2);
        }
        else
        {
            return null;
        }

        if (at + length < c.Words.Count && TimeWords.Year(c.Words[at + length]) is { } y)
        {
            year = y;
            length++;
        }

        DateOnly? date = ResolveDate(c, day.Value, month.Value, year, direction);
        return date is null ? null : new Match(i, lead + length, Directed(c, Day(date.Value), direction));
    }

    private static Match? MonthAlone(Context c, int i)
    {
        int lead = Lead(c, i, out Direction direction);
        int at = i + lead;
        if (at >= c.Words.Count || TimeWords.Month(c.Words[at]) is not { } month)
        {
            return null;
        }

        int? year = at + 1 < c.Words.Count ? TimeWords.Year(c.Words[at + 1]) : null;
        bool led = lead > 0 || (at > 0 && MonthLead.Contains(c.Words[at - 1]));
        // "may" and the short forms are ordinary words too: only a preposition or a year makes them a month.
        if ((c.Words[at].Length <= 4 || c.Words[at] == "march") && !led && year is null)
        {
            return null;
        }

        int resolvedYear = year ?? ResolveYear(c, month, direction);
        var first = new DateOnly(resolvedYear, month, 1);
        var span = new TimeRange(RomeTime.StartOf(first), RomeTime.StartOf(first.AddMonths(1)));
        return new Match(i, lead + 1 + (year is null ? 0 : 1), Directed(c, span, direction));
    }

    private static Match? Weekday(Context c, int i)
    {
        int lead = c.Is(i, "next") || c.Is(i, "prossimo") || c.Is(i, "prossima") || c.Is(i, "this") || c.Is(i, "questo") || c.Is(i, "on") ? 1 : 0;
        if (i + lead >= c.Words.Count || TimeWords.Weekday(c.Words[i + lead]) is not { } weekday)
        {
            return null;
        }

        int ahead = ((int)weekday - (int)c.Today.DayOfWeek + 7) % 7;
        return new Match(i, lead + 1, Day(c.Today.AddDays(ahead)));
    }

    private static Match? YearAlone(Context c, int i)
    {
        int lead = Lead(c, i, out Direction direction);
        bool led = lead > 0 || c.IsAny(i, MonthLead);
        int at = lead > 0 ? i + lead : i + 1;
        if (!led || at >= c.Words.Count || TimeWords.Year(c.Words[at]) is not { } year)
        {
            return null;
        }

        var span = new TimeRange(RomeTime.StartOf(new DateOnly(year, 1, 1)), RomeTime.StartOf(new DateOnly(year + 1, 1, 1)));
        return new Match(i, at - i + 1, Directed(c, span, direction));
    }
}
