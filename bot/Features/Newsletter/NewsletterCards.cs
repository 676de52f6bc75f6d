using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Localization;
using ClustER.Bot.MemberDirectory;
using ClustER.Cards;
using ClustER.Jobs.Delivery;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>Renders an issue (for members, or as the staff's preview), the progress card and the staff's forms.</summary>
internal static class NewsletterCards
{
    /// <summary>The issue as a member sees it, with the unsubscribe button.</summary>
    public static (JsonNode Card, string Text) Issue(NewsletterContent content, int eventDays, int callDays, string lang)
    {
        var t = NewsletterTexts.Texts;
        JsonArray actions = [Submit(t.Get("Action.Unsubscribe", lang), CardVerbs.NewsletterUnsubscribe)];
        return (Render(content, eventDays, callDays, lang, banner: null, actions, footer: true), IssueText(content, lang));
    }

    /// <summary>The staff's preview: the same issue with Approve / Edit / Postpone.</summary>
    public static (JsonNode Card, string Text) Preview(NewsletterContent content, int issueId, int revision, int eventDays, int callDays, int postponeDays, string lang)
    {
        var t = NewsletterTexts.Texts;
        JsonArray actions =
        [
            Submit(t.Get("Action.Approve", lang), CardVerbs.NewsletterApprove, issueId, revision),
            Submit(t.Get("Action.Edit", lang), CardVerbs.NewsletterEdit, issueId, revision),
            Submit(t.Get("Action.Postpone", lang, postponeDays), CardVerbs.NewsletterPostpone, issueId, revision),
        ];
        JsonNode card = Render(content, eventDays, callDays, lang, t.Get("Preview.Banner", lang, revision), actions, footer: false);
        return (card, t.Get("Text.Preview", lang, Month(content.BuiltAt, lang)));
    }

    /// <summary>The staff's progress card; the final report once nothing is left to send.</summary>
    public static (JsonNode Card, string Text) Progress(DeliveryProgress progress, DateTimeOffset builtAt, string lang)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var t = NewsletterTexts.Texts;
        CultureInfo culture = Languages.Culture(lang);
        string N(int n) => n.ToString("N0", culture);
        bool done = progress.IsComplete;
        JsonNode card = CardTemplates.Render(CardNames.NewsletterProgress, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("Progress.Heading", lang, Month(builtAt, lang)),
            ["count"] = t.Get("Progress.Count", lang, N(progress.Sent), N(progress.Total)),
            ["sentLabel"] = t.Get("Progress.Sent", lang),
            ["sent"] = N(progress.Sent),
            ["pendingLabel"] = t.Get("Progress.Pending", lang),
            ["pending"] = N(progress.Pending + progress.InFlight),
            ["failedLabel"] = t.Get("Progress.Failed", lang),
            ["failed"] = N(progress.Failed),
            ["unreachableLabel"] = t.Get("Progress.Unreachable", lang),
            ["unreachable"] = N(progress.Unreachable),
            ["skippedLabel"] = t.Get("Progress.Skipped", lang),
            ["skipped"] = N(progress.Skipped),
            ["status"] = done ? t.Get("Progress.Done", lang, N(progress.Sent), N(progress.Failed), N(progress.Unreachable)) : t.Get("Progress.Running", lang),
            ["statusColor"] = done ? (progress.Failed > 0 ? "Warning" : "Good") : "Default",
        });
        string text = done
            ? t.Get("Progress.Done", lang, N(progress.Sent), N(progress.Failed), N(progress.Unreachable))
            : t.Get("Progress.Text", lang, N(progress.Sent), N(progress.Total));
        return (card, text);
    }

    /// <summary>The staff's form to add a news item.</summary>
    public static JsonNode NewsForm(string lang)
    {
        var t = NewsletterTexts.Texts;
        JsonArray priorities = [new JsonObject { ["title"] = t.Get("News.Priority.None", lang), ["value"] = string.Empty }];
        foreach (StrategicPriority p in StrategicPriorities.All)
        {
            priorities.Add(new JsonObject { ["title"] = $"{p.Number}. {p.ShortName(lang)}", ["value"] = p.Number.ToString(CultureInfo.InvariantCulture) });
        }

        return CardTemplates.Render(CardNames.NewsletterNewsForm, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("News.Heading", lang),
            ["titleLabel"] = t.Get("News.Title", lang),
            ["bodyLabel"] = t.Get("News.Body", lang),
            ["urlLabel"] = t.Get("News.Url", lang),
            ["priorityLabel"] = t.Get("News.Priority", lang),
            ["requiredMessage"] = t.Get("News.Required", lang),
            ["priorities"] = priorities,
            ["saveButton"] = t.Get("News.Save", lang),
        });
    }

    /// <summary>The staff's form to edit a draft's introduction.</summary>
    public static JsonNode EditForm(int issueId, string? intro, string lang)
    {
        var t = NewsletterTexts.Texts;
        return CardTemplates.Render(CardNames.NewsletterEditForm, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("Edit.Heading", lang),
            ["hint"] = t.Get("Edit.Hint", lang),
            ["introLabel"] = t.Get("Edit.Intro", lang),
            ["intro"] = intro ?? string.Empty,
            ["saveButton"] = t.Get("Edit.Save", lang),
            ["issueId"] = issueId.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>"dicembre 2026" / "December 2026", in Rome time.</summary>
    public static string Month(DateTimeOffset builtAt, string lang)
    {
        string month = RomeTime.ToRome(builtAt).ToString("MMMM yyyy", Languages.Culture(lang));
        return lang == Languages.English ? month : month.ToLower(Languages.Culture(lang));
    }

    private static string IssueText(NewsletterContent content, string lang) =>
        NewsletterTexts.Texts.Get("Text.Issue", lang, Month(content.BuiltAt, lang), content.News.Count, content.Events.Count, content.Calls.Count);

    private static JsonNode Render(NewsletterContent content, int eventDays, int callDays, string lang, string? banner, JsonArray actions, bool footer)
    {
        var t = NewsletterTexts.Texts;
        string Link(string? url) => url is { Length: > 0 } ? t.Get("Line.Link", lang, url) : string.Empty;
        string When(DateTimeOffset at) => ReminderTime.When(at, RomeTime.Zone.Id, lang);
        var sections = new JsonArray();
        void Section(string title, IEnumerable<string> lines)
        {
            List<string> all = [.. lines];
            if (all.Count > 0)
            {
                sections.Add(CardTemplates.Render(CardNames.NewsletterSection, new Dictionary<string, object?>
                {
                    ["title"] = title,
                    ["lines"] = new JsonArray([.. all.Select(l => CardTemplates.Render(CardNames.NewsletterLine, new Dictionary<string, object?> { ["text"] = l }))]),
                }));
            }
        }

        Section(t.Get("Section.News", lang), content.News.Select(n => t.Get("Line.News", lang, n.Title, n.Body) + Link(n.Url)));
        Section(t.Get("Section.Events", lang, eventDays), content.Events.Select(e =>
            t.Get("Line.Event", lang, e.Title, When(e.Start)) + (e.Location is { Length: > 0 } l ? t.Get("Line.Event.Location", lang, l) : string.Empty) + Link(e.Url)));
        Section(t.Get("Section.Calls", lang, callDays), content.Calls.Select(c =>
            t.Get("Line.Call", lang, c.Title, When(c.Deadline)) + (c.Programme is { Length: > 0 } p ? t.Get("Line.Call.Programme", lang, p) : string.Empty) + Link(c.Url)));
        Section(t.Get("Section.Highlights", lang), content.Highlights.Select(h =>
            t.Get("Line.Highlight", lang, StrategicPriorities.Get(h.Priority)?.ShortName(lang) ?? h.Priority.ToString(CultureInfo.InvariantCulture), string.Join(" · ", h.Titles))));
        if (sections.Count == 0)
        {
            sections.Add(CardTemplates.Render(CardNames.NewsletterLine, new Dictionary<string, object?> { ["text"] = t.Get("Empty", lang) }));
        }

        if (footer)
        {
            sections.Add(CardTemplates.Render(CardNames.NewsletterLine, new Dictionary<string, object?> { ["text"] = t.Get("Footer", lang) }));
        }

        return CardTemplates.Render(CardNames.Newsletter, new Dictionary<string, object?>
        {
            ["banner"] = banner,
            ["heading"] = t.Get("Heading", lang, Month(content.BuiltAt, lang)),
            ["intro"] = content.Intro,
            ["sections"] = sections,
            ["actions"] = actions,
        });
    }

    private static JsonObject Submit(string title, string verb, int? issueId = null, int? revision = null)
    {
        var data = new JsonObject { ["verb"] = verb };
        if (issueId is not null)
        {
            data["issueId"] = issueId;
            data["revision"] = revision;
        }

        return new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
    }
}
