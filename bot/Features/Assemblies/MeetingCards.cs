using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>Renders the convocation form, the participant's convocation and the staff's state card.</summary>
internal static class MeetingCards
{
    private const string Rome = ConvocationForm.TimeZoneId;

    /// <summary>The title of a meeting: "Assemblea generale dei soci".</summary>
    public static string Title(MeetingKind kind, string lang) => AssembliesTexts.Texts.Get($"Kind.{kind}", lang);

    /// <summary>The staff form, empty for a new meeting or filled to change <paramref name="meeting"/>.</summary>
    public static JsonNode Form(MeetingKind kind, Meeting? meeting, int statuteNoticeDays, string lang)
    {
        var t = AssembliesTexts.Texts;
        TimeZoneInfo zone = ReminderTime.Zone(Rome);
        DateTime? first = meeting is null ? null : TimeZoneInfo.ConvertTime(meeting.FirstCallAt, zone).DateTime;
        DateTime? second = meeting?.SecondCallAt is { } s ? TimeZoneInfo.ConvertTime(s, zone).DateTime : null;
        string Agenda(bool extraordinary) => meeting is null ? string.Empty
            : string.Join('\n', meeting.Agenda.Where(a => a.IsExtraordinary == extraordinary).OrderBy(a => a.Position).Select(a => a.Text));
        return CardTemplates.Render(CardNames.MeetingForm, new Dictionary<string, object?>
        {
            ["title"] = t.Get(meeting is null ? "Form.Title.New" : "Form.Title.Edit", lang, Title(kind, lang)),
            ["intro"] = t.Get("Form.Intro", lang, statuteNoticeDays),
            ["firstCallDateLabel"] = t.Get("Form.FirstCallDate", lang),
            ["firstCallTimeLabel"] = t.Get("Form.FirstCallTime", lang),
            ["secondCallDateLabel"] = t.Get("Form.SecondCallDate", lang),
            ["secondCallTimeLabel"] = t.Get("Form.SecondCallTime", lang),
            ["placeLabel"] = t.Get("Form.Place", lang),
            ["onlineLinkLabel"] = t.Get("Form.OnlineLink", lang),
            ["ordinaryLabel"] = t.Get("Form.Ordinary", lang),
            ["extraordinaryLabel"] = t.Get("Form.Extraordinary", lang),
            ["agendaPlaceholder"] = t.Get("Form.AgendaPlaceholder", lang),
            ["noticeLabel"] = t.Get("Form.Notice", lang),
            ["urgentLabel"] = t.Get("Form.Urgent", lang),
            ["requiredMessage"] = t.Get("Form.Required", lang),
            ["submitButton"] = t.Get(meeting is null ? "Form.Submit" : "Form.SubmitEdit", lang),
            ["kind"] = kind.ToString(),
            ["meetingId"] = meeting?.Id.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["firstCallDate"] = first?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            ["firstCallTime"] = first?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            ["secondCallDate"] = second?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            ["secondCallTime"] = second?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            ["place"] = meeting?.Place ?? string.Empty,
            ["onlineLink"] = meeting?.OnlineLink ?? string.Empty,
            ["ordinaryAgenda"] = Agenda(false),
            ["extraordinaryAgenda"] = Agenda(true),
            ["noticeDays"] = (meeting?.NoticeDays ?? statuteNoticeDays).ToString(CultureInfo.InvariantCulture),
            ["urgent"] = meeting?.IsUrgent == true ? "true" : "false",
        });
    }

    /// <summary>A participant's convocation: details, agenda, their answer, and the RSVP buttons while answers are open.</summary>
    public static (JsonNode Card, string Text) Convocation(ConvocationView view, string lang)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = AssembliesTexts.Texts;
        Meeting m = view.Meeting;
        string title = Title(m.Kind, lang);
        string first = ReminderTime.When(m.FirstCallAt, view.TimeZoneId, lang);
        bool open = !m.IsCancelled && view.AnswersOpen;
        bool canDelegate = open && m.Kind == MeetingKind.GeneralAssembly && view.Response is null && view.ProxyChoices.Count > 0;
        var actions = new JsonArray();
        if (open && view.Response is null)
        {
            foreach (MeetingAnswer answer in new[] { MeetingAnswer.InPerson, MeetingAnswer.Online, MeetingAnswer.NotAttending })
            {
                actions.Add(Submit(t.Get($"Answer.{answer}", lang), CardVerbs.MeetingRsvp, m.Id, ("answer", answer.ToString())));
            }

            if (canDelegate)
            {
                actions.Add(Submit(t.Get("Answer.Proxy", lang), CardVerbs.MeetingRsvp, m.Id, ("answer", nameof(MeetingAnswer.Proxy))));
            }
        }
        else if (open)
        {
            actions.Add(Submit(t.Get(view.Response!.Answer == MeetingAnswer.Proxy ? "Answer.Withdraw.Proxy" : "Answer.Withdraw", lang), CardVerbs.MeetingWithdraw, m.Id));
        }

        actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t.Get("Convocation.Calendar", lang), ["url"] = view.InvitationUrl });
        string heading = m.IsCancelled ? "Convocation.Heading.Cancelled" : view.HeadingKey;
        JsonNode card = CardTemplates.Render(CardNames.MeetingConvocation, new Dictionary<string, object?>
        {
            ["heading"] = t.Get(heading, lang),
            ["headingColor"] = m.IsCancelled ? "Attention" : "Accent",
            ["title"] = title,
            ["intro"] = m.IsCancelled ? t.Get("Convocation.Intro.Cancelled", lang) : t.Get($"Convocation.Intro.{m.Kind}", lang, view.OrganisationName ?? "-"),
            ["firstCallLabel"] = t.Get("Convocation.FirstCall", lang),
            ["firstCall"] = first,
            ["secondCallLabel"] = t.Get("Convocation.SecondCall", lang),
            ["secondCall"] = m.SecondCallAt is { } s ? ReminderTime.When(s, view.TimeZoneId, lang) : null,
            ["placeLabel"] = t.Get("Convocation.Place", lang),
            ["place"] = m.Place,
            ["onlineLabel"] = t.Get("Convocation.Online", lang),
            ["onlineLink"] = m.OnlineLink,
            ["agendaHeading"] = t.Get("Convocation.Agenda", lang),
            ["agenda"] = new JsonArray([.. m.Agenda.OrderBy(a => a.Position).Select(a => CardTemplates.Render(CardNames.MeetingAgendaItem, new Dictionary<string, object?>
            {
                ["text"] = $"{a.Position}. " + (a.IsExtraordinary ? t.Get("Convocation.Extraordinary", lang, a.Text) : a.Text),
            }))]),
            ["answer"] = view.Response is { } r ? t.Get($"Answer.Current.{r.Answer}", lang, view.ProxyHolderName ?? "?") : null,
            ["canAnswer"] = open && view.Response is null,
            ["rsvpPrompt"] = t.Get("Convocation.Prompt", lang) + (canDelegate ? " " + t.Get("Convocation.Prompt.Proxy", lang, view.MaxProxies) : string.Empty),
            ["canDelegate"] = canDelegate,
            ["proxyLabel"] = t.Get("Answer.Proxy", lang),
            ["proxyPlaceholder"] = t.Get("Convocation.ProxyPlaceholder", lang),
            ["organisations"] = new JsonArray([.. view.ProxyChoices.Select(c => (JsonNode)new JsonObject
            {
                ["title"] = c.Name,
                ["value"] = c.Id.ToString(CultureInfo.InvariantCulture),
            })]),
            ["actions"] = actions,
        });
        string text = m.IsCancelled
            ? t.Get("Convocation.Text.Cancelled", lang, title, first, view.InvitationUrl)
            : t.Get("Convocation.Text", lang, title, first);
        return (card, text);
    }

    /// <summary>The staff's card of the answers.</summary>
    public static (JsonNode Card, string Text) State(Meeting meeting, MeetingState state, string attendanceUrl, DateTimeOffset now, string timeZoneId, string lang)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(state);
        var t = AssembliesTexts.Texts;
        string title = Title(meeting.Kind, lang);
        var actions = new JsonArray();
        if (!meeting.IsCancelled)
        {
            actions.Add(Submit(t.Get("State.RemindPending", lang), CardVerbs.MeetingRemindPending, meeting.Id));
        }

        actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t.Get("State.Csv", lang), ["url"] = attendanceUrl });
        actions.Add(Submit(t.Get("State.Refresh", lang), CardVerbs.MeetingState, meeting.Id));
        if (!meeting.IsCancelled)
        {
            actions.Add(Submit(t.Get("State.Edit", lang), CardVerbs.MeetingEdit, meeting.Id));
            actions.Add(Submit(t.Get("State.Cancel", lang), CardVerbs.MeetingCancel, meeting.Id));
        }

        JsonNode card = CardTemplates.Render(CardNames.MeetingState, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("State.Heading", lang),
            ["title"] = title,
            ["when"] = t.Get("State.When", lang, ReminderTime.When(meeting.FirstCallAt, timeZoneId, lang), state.Participants),
            ["inPersonLabel"] = t.Get("State.InPerson", lang),
            ["inPerson"] = state.InPerson.ToString(CultureInfo.InvariantCulture),
            ["onlineLabel"] = t.Get("State.Online", lang),
            ["online"] = state.Online.ToString(CultureInfo.InvariantCulture),
            ["notAttendingLabel"] = t.Get("State.NotAttending", lang),
            ["notAttending"] = state.NotAttending.ToString(CultureInfo.InvariantCulture),
            ["proxiesLabel"] = t.Get("State.Proxies", lang),
            ["proxyCount"] = state.Proxies.Count.ToString(CultureInfo.InvariantCulture),
            ["notAnsweredLabel"] = t.Get("State.NotAnswered", lang),
            ["notAnsweredCount"] = state.NotAnswered.Count.ToString(CultureInfo.InvariantCulture),
            ["quorum"] = meeting.IsCancelled ? t.Get("State.Cancelled", lang)
                : t.Get(state.QuorumExpected ? "State.Quorum.Yes" : "State.Quorum.No", lang, state.PresentOrRepresented, state.QuorumNeeded),
            ["quorumColor"] = meeting.IsCancelled ? "Attention" : state.QuorumExpected ? "Good" : "Warning",
            ["proxies"] = state.Proxies.Count == 0 ? null : t.Get("State.ProxyList", lang, string.Join("; ", state.Proxies.Select(p => $"{p.From} → {p.To}"))),
            ["notAnswered"] = state.NotAnswered.Count == 0 ? null : t.Get("State.NotAnsweredList", lang, Shorten(state.NotAnswered, lang)),
            ["updated"] = t.Get("State.Updated", lang, ReminderTime.When(now, timeZoneId, lang)),
            ["actions"] = actions,
        });
        string text = t.Get("State.Text", lang, title, state.InPerson, state.Online, state.NotAttending, state.Proxies.Count, state.NotAnswered.Count);
        return (card, text);
    }

    private static string Shorten(IReadOnlyList<string> names, string lang)
    {
        const int Shown = 25;
        string list = string.Join(", ", names.Take(Shown));
        return names.Count <= Shown ? list : AssembliesTexts.Texts.Get("State.AndMore", lang, list, names.Count - Shown);
    }

    private static JsonObject Submit(string title, string verb, int meetingId, params (string Key, string Value)[] data)
    {
        var payload = new JsonObject { ["verb"] = verb, ["meetingId"] = meetingId };
        foreach ((string key, string value) in data)
        {
            payload[key] = value;
        }

        return new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload };
    }
}

/// <summary>What a participant's convocation card shows.</summary>
internal sealed record ConvocationView(
    Meeting Meeting,
    string TimeZoneId,
    string? OrganisationName,
    MeetingResponse? Response,
    string? ProxyHolderName,
    IReadOnlyList<(int Id, string Name)> ProxyChoices,
    int MaxProxies,
    string InvitationUrl,
    bool AnswersOpen,
    string HeadingKey = "Convocation.Heading");
