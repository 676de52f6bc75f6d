using System.Text;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Calendar;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Cards;
using Microsoft.Extensions.Options;
using static ClustER.Bot.Features.Questions.Answers.ItemPresenter;

namespace ClustER.Bot.Features.Questions.Answers;

/// <summary>
/// Turns a search outcome into the reply: an Adaptive Card with one page of matches (full titles, facts,
/// Details / Remind me / Add to calendar / website) and "show more", or the "nothing relevant" card;
/// each with its plain-text version for channels without cards.
/// </summary>
internal sealed partial class AnswerComposer(CalendarLinks links, IOptions<QuestionsOptions> options)
{
    /// <summary>The reply to a question: a page of matches starting at <paramref name="skip"/>.</summary>
    public (JsonNode Card, string Text) Answer(SearchOutcome outcome, int skip, string lang, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        int pageSize = options.Value.PageSize;
        IReadOnlyList<SearchHit> hits = outcome.Hits;
        skip = Math.Clamp(skip, 0, Math.Max(0, hits.Count - 1));
        List<SearchHit> page = [.. hits.Skip(skip).Take(pageSize)];
        int remaining = hits.Count - skip - page.Count;
        string heading = skip > 0
            ? T("Answer.Page", lang, skip + 1, skip + page.Count, Number(hits.Count, lang))
            : hits.Count == 1 ? T("Answer.HeadingOne", lang) : T("Answer.Heading", lang, Number(hits.Count, lang));
        string? lead = skip == 0 ? Lead(outcome, lang, now) : null;
        string? note = outcome.OnlyPast ? T("Answer.OnlyPast", lang) : null;
        JsonNode card = CardTemplates.Render(CardNames.QaAnswer, new Dictionary<string, object?>
        {
            ["heading"] = heading,
            ["lead"] = lead,
            ["note"] = note,
            ["items"] = new JsonArray([.. page.Select(h => Item(h.Item, lang, now))]),
            ["hasMore"] = remaining > 0,
            ["moreButton"] = T("Answer.ShowMore", lang, Number(remaining, lang)),
            ["question"] = outcome.Question.Text,
            ["skip"] = skip + page.Count,
            ["lang"] = lang,
        });

        var text = new StringBuilder(heading);
        foreach (string? line in new[] { lead, note }.Where(l => l is not null))
        {
            text.Append("\n\n").Append(line);
        }

        int number = skip;
        foreach (SearchHit hit in page)
        {
            text.Append("\n\n").Append(++number).Append(". ").Append(PlainText(hit.Item, lang, now));
        }

        if (remaining > 0)
        {
            text.Append("\n\n").Append(T("Answer.MoreInPlainText", lang, Number(remaining, lang)));
        }

        return (card, text.ToString());
    }

    /// <summary>The reply when nothing is relevant: no items, suggestions, and "ask the staff".</summary>
    public static (JsonNode Card, string Text) Nothing(string question, bool understood, bool filtered, string lang)
    {
        string title = T("Nothing.Title", lang);
        string body = !understood ? T("Nothing.NotUnderstood", lang)
            : filtered ? T("Nothing.BodyFiltered", lang, Shorten(question)) : T("Nothing.Body", lang, Shorten(question));
        string[] suggestions = [.. Enumerable.Range(1, 4).Select(i => T($"Nothing.Suggestion{i}", lang))];
        JsonNode card = CardTemplates.Render(CardNames.QaNothing, new Dictionary<string, object?>
        {
            ["title"] = title,
            ["body"] = body,
            ["suggestionsIntro"] = T("Nothing.Suggestions", lang),
            ["suggestions"] = new JsonArray([.. suggestions.Select(s => CardTemplates.Render(CardNames.QaSuggestion, new Dictionary<string, object?> { ["text"] = s }))]),
            ["askStaffIntro"] = T("Nothing.AskStaffIntro", lang),
            ["askStaffButton"] = T("Nothing.AskStaff", lang),
            ["question"] = question,
            ["lang"] = lang,
        });
        string text = $"{title}\n\n{body}\n\n{T("Nothing.Suggestions", lang)}\n" + string.Join('\n', suggestions.Select(s => $"- {s}"))
            + $"\n\n{T("Nothing.AskStaffIntro", lang)}";
        return (card, text);
    }

    /// <summary>Everything about one item ("Details").</summary>
    public (JsonNode Card, string Text) Details(KnowledgeItem item, string lang, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        List<(string Label, string Value)> facts = Facts(item, lang, now, full: true);
        JsonNode card = CardTemplates.Render(CardNames.QaDetails, new Dictionary<string, object?>
        {
            ["title"] = item.Title,
            ["subtitle"] = Subtitle(item, lang),
            ["text"] = item.Kind == KnowledgeKind.Faq ? item.Answer : item.Summary,
            ["facts"] = FactArray(facts),
            ["kind"] = item.KindName,
            ["id"] = item.Id,
            ["lang"] = lang,
            ["canRemind"] = item.Kind != KnowledgeKind.Faq && !item.IsPast(now),
            ["remindButton"] = T("Answer.RemindMe", lang),
            ["calendarUrl"] = CalendarUrl(item, lang, now),
            ["calendarButton"] = T("Answer.AddToCalendar", lang),
            ["registrationUrl"] = item.RegistrationUrl,
            ["registerButton"] = T("Answer.Register", lang),
            ["online"] = item.Online,
            ["onlineButton"] = T("Answer.JoinOnline", lang),
            ["url"] = item.Url,
            ["linkButton"] = T("Answer.OpenLink", lang),
        });
        var text = new StringBuilder(item.Title).Append("\n\n").Append(Subtitle(item, lang));
        if ((item.Kind == KnowledgeKind.Faq ? item.Answer : item.Summary) is { Length: > 0 } about)
        {
            text.Append("\n\n").Append(about);
        }

        foreach ((string label, string value) in facts)
        {
            text.Append("\n- ").Append(label).Append(": ").Append(value);
        }

        return (card, text.ToString());
    }

    private JsonNode Item(KnowledgeItem item, string lang, DateTimeOffset now) =>
        CardTemplates.Render(CardNames.QaItem, new Dictionary<string, object?>
        {
            ["title"] = item.Title,
            ["subtitle"] = Subtitle(item, lang),
            ["text"] = item.Kind == KnowledgeKind.Faq ? item.Answer : null,
            ["facts"] = FactArray(Facts(item, lang, now)),
            ["kind"] = item.KindName,
            ["id"] = item.Id,
            ["lang"] = lang,
            ["detailsButton"] = T("Answer.Details", lang),
            ["canRemind"] = item.Kind != KnowledgeKind.Faq && !item.IsPast(now),
            ["remindButton"] = T("Answer.RemindMe", lang),
            ["calendarUrl"] = CalendarUrl(item, lang, now),
            ["calendarButton"] = T("Answer.AddToCalendar", lang),
            ["url"] = item.Url ?? item.RegistrationUrl,
            ["linkButton"] = T("Answer.OpenLink", lang),
        });

    private string? CalendarUrl(KnowledgeItem item, string lang, DateTimeOffset now) =>
        item.KeyDate is not null && !item.IsPast(now) ? links.Create(item.KindName, item.Id) + "&lang=" + lang : null;

    private static string PlainText(KnowledgeItem item, string lang, DateTimeOffset now)
    {
        var text = new StringBuilder("**").Append(item.Title).Append("** (").Append(Subtitle(item, lang)).Append(')');
        if (item.Kind == KnowledgeKind.Faq && item.Answer is { } answer)
        {
            text.Append('\n').Append(answer);
        }

        foreach ((string label, string value) in Facts(item, lang, now))
        {
            text.Append("\n- ").Append(label).Append(": ").Append(value);
        }

        if ((item.Url ?? item.RegistrationUrl) is { } url)
        {
            text.Append("\n- ").Append(url);
        }

        return text.ToString();
    }

    private static JsonArray FactArray(List<(string Label, string Value)> facts) =>
        [.. facts.Select(f => new JsonObject { ["title"] = f.Label, ["value"] = f.Value })];

    private static string Shorten(string question) => question.Length <= 120 ? question : string.Concat(question.AsSpan(0, 119), "…");
}
