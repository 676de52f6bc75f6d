using System.Globalization;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Questions.Answers;

/// <summary>
/// Says an item's facts in the member's language: dates on Rome's clock in their culture with a
/// relative hint ("tra 12 giorni", "in 12 days", "scaduto"), eligibility and kinds by name.
/// </summary>
internal static class ItemPresenter
{
    /// <summary>The line under the title: the programme of a call, the kind of an event.</summary>
    public static string Subtitle(KnowledgeItem item, string lang)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            KnowledgeKind.Call => $"{T("Kind.call", lang)} · {item.Programme}",
            KnowledgeKind.Event => T($"EventKind.{item.EventKind}", lang),
            _ => T("Kind.faq", lang),
        };
    }

    /// <summary>The facts shown under the title, as (label, value) pairs.</summary>
    public static List<(string Label, string Value)> Facts(KnowledgeItem item, string lang, DateTimeOffset now, bool full = false)
    {
        ArgumentNullException.ThrowIfNull(item);
        List<(string, string)> facts = [];
        if (item.Kind == KnowledgeKind.Call)
        {
            facts.Add((T("Fact.Deadline", lang), Deadline(item, lang, now)));
            if (item.Opens is { } opens && (opens > now || full))
            {
                facts.Add((T("Fact.Opens", lang), Instant(opens, lang)));
            }

            AddIf(facts, T("Fact.Budget", lang), item.Budget);
            if (item.Eligibility.Count > 0)
            {
                facts.Add((T("Fact.Eligibility", lang), string.Join(", ", item.Eligibility.Select(e => T($"Eligibility.{e}", lang)))));
            }
        }
        else if (item.Kind == KnowledgeKind.Event && item.Start is { } start)
        {
            facts.Add((T("Fact.When", lang), $"{Span(start, item.End, lang)} ({EventHint(item, lang, now)})"));
            AddIf(facts, T("Fact.Where", lang), item.Location);
            AddIf(facts, T("Fact.Online", lang), item.Online);
            if (item.RegistrationDeadline is { } registration)
            {
                facts.Add((T("Fact.Registration", lang), $"{Instant(registration, lang)} ({DayHint(registration, lang, now, T("Time.Closed", lang))})"));
            }
        }

        if (full && item.Priorities.Count > 0)
        {
            facts.Add((T("Fact.Priorities", lang), string.Join(", ", item.Priorities)));
        }

        if (full)
        {
            AddIf(facts, T("Fact.Link", lang), item.Url ?? item.RegistrationUrl);
        }

        return facts;
    }

    /// <summary>A call's deadline with its hint, or the rolling-call note.</summary>
    public static string Deadline(KnowledgeItem call, string lang, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Deadline is { } deadline
            ? $"{Instant(deadline, lang)} ({DayHint(deadline, lang, now, null)})"
            : T("Time.Rolling", lang);
    }

    /// <summary>An instant on Rome's clock, e.g. "11 marzo 2027, 17:00" / "11 March 2027, 17:00".</summary>
    public static string Instant(DateTimeOffset instant, string lang) =>
        RomeTime.ToRome(instant).ToString(T("Date.Format", lang), Languages.Culture(lang));

    /// <summary>An event's span: "22 aprile 2027, 14:30–17:00" on one day, else both ends in full.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset? end, string lang)
    {
        string from = Instant(start, lang);
        if (end is not { } e || e <= start)
        {
            return from;
        }

        CultureInfo culture = Languages.Culture(lang);
        return RomeTime.DateOf(start) == RomeTime.DateOf(e)
            ? $"{from}–{RomeTime.ToRome(e).ToString(T("Date.TimeFormat", lang), culture)}"
            : $"{from} – {Instant(e, lang)}";
    }

    /// <summary>"oggi", "domani", "tra 12 giorni", or for a past instant the closed note ("scaduto da 3 giorni").</summary>
    public static string DayHint(DateTimeOffset instant, string lang, DateTimeOffset now, string? pastText)
    {
        int days = RomeTime.DateOf(instant).DayNumber - RomeTime.DateOf(now).DayNumber;
        if (instant < now)
        {
            return pastText ?? (days == 0 ? T("Time.ClosedToday", lang) : T("Time.ClosedDaysAgo", lang, -days));
        }

        return days switch
        {
            0 => T("Time.Today", lang),
            1 => T("Time.Tomorrow", lang),
            _ => T("Time.InDays", lang, days),
        };
    }

    /// <summary>The formatted count in the member's culture (e.g. "1.234" / "1,234").</summary>
    public static string Number(int value, string lang) => value.ToString("N0", Languages.Culture(lang));

    /// <summary>Localised text of the Q&amp;A resources.</summary>
    public static string T(string key, string lang, params object?[] args) => QaTexts.Texts.Get(key, lang, args);

    private static string EventHint(KnowledgeItem ev, string lang, DateTimeOffset now)
    {
        if (ev.IsPast(now))
        {
            return T("Time.Past", lang);
        }

        return ev.Start <= now ? T("Time.Ongoing", lang) : DayHint(ev.Start!.Value, lang, now, null);
    }

    private static void AddIf(List<(string, string)> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add((label, value));
        }
    }
}
