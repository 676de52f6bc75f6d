using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Polls;

/// <summary>Renders the member's poll card, the staff's management card and the result.</summary>
internal static partial class PollCards
{
    /// <summary>The answers in the order of the choice sets.</summary>
    private static readonly PollAnswer[] Answers = [PollAnswer.Yes, PollAnswer.IfNeedBe, PollAnswer.No];

    /// <summary>"GdL 5 · Digital health": the group's name in <paramref name="lang"/>.</summary>
    public static string Group(int priority, string lang) =>
        PollsTexts.Texts.Get("Group", lang, priority, StrategicPriorities.Get(priority)?.ShortName(lang) ?? "?");

    /// <summary>The input id of a slot's vote.</summary>
    public static string InputId(int slotId) => $"slot{slotId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"lunedì 11 gennaio 2027, 10:00, 90 min" in the viewer's zone and language.</summary>
    public static string When(MeetingPollSlot slot, string timeZoneId, string lang)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return PollsTexts.Texts.Get("Slot.When", lang, ReminderTime.When(slot.StartsAt, timeZoneId, lang), slot.DurationMinutes);
    }

    /// <summary>A member's card: a choice per slot while open, the tallies when visible, the chosen slot once closed.</summary>
    public static (JsonNode Card, string Text) Voter(PollView view, string lang, string headingKey = "Poll.Heading")
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = PollsTexts.Texts;
        MeetingPoll poll = view.Poll;
        var actions = new JsonArray();
        if (view.IsOpen)
        {
            actions.Add(Execute(t.Get("Poll.Vote", lang), CardVerbs.PollVote, poll.Id, "positive"));
        }

        actions.Add(Execute(t.Get("Poll.Refresh", lang), CardVerbs.PollRefresh, poll.Id));
        JsonNode card = CardTemplates.Render(CardNames.Poll, new Dictionary<string, object?>
        {
            ["pollId"] = poll.Id,
            ["heading"] = t.Get(headingKey, lang),
            ["headingColor"] = view.IsOpen ? "Accent" : "Good",
            ["title"] = poll.Title,
            ["group"] = Group(poll.Priority, lang),
            ["facts"] = Facts(view, lang),
            ["status"] = Status(view, lang),
            ["statusColor"] = view.IsOpen ? "Default" : "Good",
            ["slots"] = Slots(view, lang, canVote: view.IsOpen),
            ["footer"] = t.Get(view.ShowTallies ? "Poll.Footer" : "Poll.Footer.Hidden", lang, ReminderTime.When(view.Now, view.TimeZoneId, lang)),
            ["actions"] = actions,
        });
        string text = t.Get("Poll.Text", lang, poll.Title, ReminderTime.When(poll.Deadline, view.TimeZoneId, lang));
        return (card, text);
    }

    private static JsonArray Facts(PollView view, string lang)
    {
        var t = PollsTexts.Texts;
        MeetingPoll poll = view.Poll;
        var facts = new JsonArray();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.Add(new JsonObject { ["title"] = t.Get(key, lang), ["value"] = value });
            }
        }

        Add("Fact.Place", poll.Place);
        Add("Fact.Online", poll.OnlineLink);
        Add("Fact.Deadline", ReminderTime.When(poll.Deadline, view.TimeZoneId, lang));
        if (view.ShowTallies)
        {
            Add("Fact.Voters", t.Get("Fact.Voters.Value", lang, view.Tally.Voters, view.Invitees));
        }

        return facts;
    }

    private static string? Status(PollView view, string lang)
    {
        var t = PollsTexts.Texts;
        if (view.IsOpen)
        {
            return view.Mine.Count == 0 ? t.Get("Poll.Status.NotVoted", lang) : null;
        }

        return view.Chosen is { } chosen ? t.Get("Poll.Status.Chosen", lang, When(chosen, view.TimeZoneId, lang)) : t.Get("Poll.Status.Closed", lang);
    }

    private static JsonArray Slots(PollView view, string lang, bool canVote)
    {
        var t = PollsTexts.Texts;
        var slots = new JsonArray();
        foreach (SlotTally slot in view.Tally.Slots)
        {
            PollAnswer? mine = view.Mine.TryGetValue(slot.Slot.Id, out PollAnswer a) ? a : null;
            slots.Add(CardTemplates.Render(CardNames.PollSlot, new Dictionary<string, object?>
            {
                ["when"] = When(slot.Slot, view.TimeZoneId, lang),
                ["color"] = slot.Slot.Id == view.Poll.ChosenSlotId ? "Good" : "Default",
                ["tally"] = view.ShowTallies ? t.Get("Slot.Tally", lang, slot.Yes, slot.IfNeedBe, slot.No) : null,
                ["canVote"] = canVote,
                ["inputId"] = InputId(slot.Slot.Id),
                ["answer"] = mine?.ToString() ?? string.Empty,
                ["placeholder"] = t.Get("Slot.Placeholder", lang),
                ["choices"] = new JsonArray([.. Answers.Select(answer => (JsonNode)new JsonObject
                {
                    ["title"] = t.Get($"Answer.{answer}", lang),
                    ["value"] = answer.ToString(),
                })]),
                ["answerText"] = !canVote && mine is { } m ? t.Get("Slot.Mine", lang, t.Get($"Answer.{m}", lang)) : null,
            }));
        }

        return slots;
    }

    /// <summary>
    /// An Action.Execute (Universal Actions: the invoke answer replaces the card) with an Action.Submit fallback
    /// for clients without them; both carry the verb and the poll id.
    /// </summary>
    private static JsonObject Execute(string title, string verb, int pollId, string? style = null)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = new JsonObject { ["pollId"] = pollId },
            ["fallback"] = new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = title,
                ["data"] = new JsonObject { ["verb"] = verb, ["pollId"] = pollId },
            },
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }
}
