using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Polls;

/// <summary>The form, the management card and the result.</summary>
internal static partial class PollCards
{
    /// <summary>
    /// The form for a new poll of working group <paramref name="priority"/>; after a refused submit it keeps what
    /// was typed (<paramref name="typed"/>) and lists <paramref name="errors"/> at the top.
    /// </summary>
    public static JsonNode Form(int priority, string timeZoneId, string lang, CardAction? typed = null, IReadOnlyList<string>? errors = null)
    {
        var t = PollsTexts.Texts;
        string Typed(string key, string fallback = "") => typed?.GetString(key) ?? fallback;
        var rows = new JsonArray();
        for (int row = 1; row <= PollForm.MaxSlots; row++)
        {
            string n = row.ToString(CultureInfo.InvariantCulture);
            int duration = int.TryParse(Typed($"slotDuration{n}"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int d) ? d : PollForm.DefaultDuration;
            rows.Add(CardTemplates.Render(CardNames.PollFormSlot, new Dictionary<string, object?>
            {
                ["dateId"] = $"slotDate{n}",
                ["timeId"] = $"slotTime{n}",
                ["durationId"] = $"slotDuration{n}",
                ["dateLabel"] = t.Get("Form.SlotDate", lang, row),
                ["timeLabel"] = t.Get("Form.SlotTime", lang),
                ["durationLabel"] = t.Get("Form.SlotDuration", lang),
                ["date"] = Typed($"slotDate{n}"),
                ["time"] = Typed($"slotTime{n}"),
                ["duration"] = JsonValue.Create(duration),
            }));
        }

        return CardTemplates.Render(CardNames.PollForm, new Dictionary<string, object?>
        {
            ["formId"] = Typed(PollForm.FormIdKey, Guid.NewGuid().ToString("N")),
            ["heading"] = t.Get("Form.Heading", lang, Group(priority, lang)),
            ["intro"] = t.Get("Form.Intro", lang, timeZoneId, PollForm.MinSlots, PollForm.MaxSlots),
            ["errorHeading"] = t.Get("Form.Error.Heading", lang),
            ["errors"] = errors is { Count: > 0 } ? string.Join('\n', errors.Select(e => "- " + e)) : null,
            ["titleLabel"] = t.Get("Form.Title", lang),
            ["title"] = Typed("title"),
            ["requiredMessage"] = t.Get("Form.Required", lang),
            ["slotsLabel"] = t.Get("Form.Slots", lang),
            ["slots"] = rows,
            ["placeLabel"] = t.Get("Form.Place", lang),
            ["place"] = Typed("place"),
            ["onlineLinkLabel"] = t.Get("Form.OnlineLink", lang),
            ["onlineLink"] = Typed("onlineLink"),
            ["deadlineDateLabel"] = t.Get("Form.DeadlineDate", lang),
            ["deadlineDate"] = Typed("deadlineDate"),
            ["deadlineTimeLabel"] = t.Get("Form.DeadlineTime", lang),
            ["deadlineTime"] = Typed("deadlineTime", "18:00"),
            ["visibilityLabel"] = t.Get("Form.Visibility", lang),
            ["visibility"] = Typed("visibility", "all"),
            ["visibleAll"] = t.Get("Form.Visibility.All", lang),
            ["visibleStaff"] = t.Get("Form.Visibility.Staff", lang),
            ["submitButton"] = t.Get("Form.Submit", lang),
            ["priority"] = priority,
        });
    }

    /// <summary>The staff's (or coordinator's) card: every tally, and close, extend and override while allowed.</summary>
    public static (JsonNode Card, string Text) Manage(PollView view, string lang)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = PollsTexts.Texts;
        MeetingPoll poll = view.Poll;
        var actions = new JsonArray();
        if (view.Poll.ClosedAt is null)
        {
            actions.Add(Execute(t.Get("Manage.Close", lang), CardVerbs.PollClose, poll.Id, "positive"));
            actions.Add(Execute(t.Get("Manage.Extend", lang), CardVerbs.PollExtend, poll.Id));
        }

        actions.Add(Execute(t.Get(poll.ClosedAt is null ? "Manage.Override" : "Manage.Override.Closed", lang), CardVerbs.PollOverride, poll.Id));
        actions.Add(Execute(t.Get("Poll.Refresh", lang), CardVerbs.PollManage, poll.Id));
        JsonNode card = CardTemplates.Render(CardNames.PollManage, new Dictionary<string, object?>
        {
            ["pollId"] = poll.Id,
            ["heading"] = t.Get("Manage.Heading", lang),
            ["title"] = poll.Title,
            ["group"] = Group(poll.Priority, lang),
            ["facts"] = Facts(view with { ShowTallies = true }, lang),
            ["status"] = Status(view, lang),
            ["statusColor"] = view.IsOpen ? "Default" : "Good",
            ["slots"] = Slots(view with { ShowTallies = true, Mine = new Dictionary<int, PollAnswer>() }, lang, canVote: false),
            ["open"] = poll.ClosedAt is null,
            ["newDeadlineDateLabel"] = t.Get("Manage.NewDeadlineDate", lang),
            ["newDeadlineTimeLabel"] = t.Get("Manage.NewDeadlineTime", lang),
            ["overrideLabel"] = t.Get("Manage.OverrideLabel", lang),
            ["chosenSlotId"] = poll.ChosenSlotId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["slotChoices"] = new JsonArray([.. view.Tally.Slots.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = When(s.Slot, view.TimeZoneId, lang),
                ["value"] = s.Slot.Id.ToString(CultureInfo.InvariantCulture),
            })]),
            ["updated"] = t.Get("Manage.Updated", lang, ReminderTime.When(view.Now, view.TimeZoneId, lang)),
            ["actions"] = actions,
        });
        return (card, t.Get("Manage.Text", lang, poll.Title, view.Tally.Voters, view.Invitees));
    }

    /// <summary>The result: the meeting's slot in the reader's zone, where, and the calendar invitation.</summary>
    public static (JsonNode Card, string Text) Result(PollView view, string invitationUrl, string lang)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = PollsTexts.Texts;
        MeetingPoll poll = view.Poll;
        MeetingPollSlot chosen = view.Chosen ?? throw new InvalidOperationException($"Poll {poll.Id} has no chosen slot.");
        SlotTally tally = view.Tally.Slots.First(s => s.Slot.Id == chosen.Id);
        var actions = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t.Get("Result.Calendar", lang), ["url"] = invitationUrl } };
        if (poll.OnlineLink is { } link)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t.Get("Result.Join", lang), ["url"] = link });
        }

        string when = When(chosen, view.TimeZoneId, lang);
        JsonNode card = CardTemplates.Render(CardNames.PollResult, new Dictionary<string, object?>
        {
            ["heading"] = t.Get(poll.ResultSequence > 1 ? "Result.Heading.Changed" : "Result.Heading", lang),
            ["title"] = poll.Title,
            ["group"] = Group(poll.Priority, lang),
            ["when"] = when,
            ["facts"] = new JsonArray([.. new[] { ("Fact.Place", poll.Place), ("Fact.Online", poll.OnlineLink) }
                .Where(f => f.Item2 is not null)
                .Select(f => (JsonNode)new JsonObject { ["title"] = t.Get(f.Item1, lang), ["value"] = f.Item2 })]),
            ["tally"] = view.ShowTallies ? t.Get("Slot.Tally", lang, tally.Yes, tally.IfNeedBe, tally.No) : null,
            ["calendarHint"] = t.Get("Result.CalendarHint", lang),
            ["actions"] = actions,
        });
        return (card, t.Get("Result.Text", lang, poll.Title, when, invitationUrl));
    }
}
