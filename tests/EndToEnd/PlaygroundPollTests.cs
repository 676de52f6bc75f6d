using System.Text.Json.Nodes;
using ClustER.Bot.Features.Polls;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// A working-group meeting poll through the Playground: the demo staff user (also a member of WG 5 in the demo
/// directory) creates the poll from the form, receives the poll card, votes with the card's Action.Execute,
/// closes the poll from the management card, and gets the result.
/// </summary>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundPollTests(PlaygroundFixture playground)
{
    [EndToEndFact]
    public async Task StaffCreate_MemberVotesFromTheCard_StaffClose_ResultArrives()
    {
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();
        PlaygroundMessage form = (await chat.SendAsync("new meeting poll for WG 5")).SingleCard;
        string lang = form.CardTexts.Any(t => t.StartsWith("New meeting poll", StringComparison.Ordinal)) ? "en" : "it";
        var t = PollsTexts.Texts;

        // Staff fill the form and press its submit button: the form becomes the management card.
        JsonObject inputs = new()
        {
            ["title"] = "WG 5 kick-off",
            ["slotDate1"] = Day(10), ["slotTime1"] = "10:00", ["slotDuration1"] = "90",
            ["slotDate2"] = Day(12), ["slotTime2"] = "15:00", ["slotDuration2"] = "60",
            ["place"] = "Bologna, Tecnopolo", ["deadlineDate"] = Day(5), ["deadlineTime"] = "18:00", ["visibility"] = "all",
        };
        PlaygroundTurn created = await chat.PressAsync(form, t.Get("Form.Submit", lang), inputs);
        Assert.Equal(200, created.Bot.Status);

        // The fan-out reaches the staff user as a member of WG 5: the poll card, voted through Action.Execute.
        // Proactive cards are written in the member's own language (the directory's, Italian by default), not the turn's.
        PlaygroundMessage pollCard = await WaitForCardAsync(chat, t.Get("Poll.Heading", "it"), t.Get("Poll.Heading", "en"));
        string cardLang = pollCard.CardTexts.Contains(t.Get("Poll.Heading", "en")) ? "en" : "it";
        string slotInput = ChoiceSets(pollCard.Card!).First()["id"]!.GetValue<string>();
        PlaygroundTurn voted = await chat.PressAsync(pollCard, t.Get("Poll.Vote", cardLang), new JsonObject { [slotInput] = "Yes" });
        Assert.Equal("invoke", voted.Bot.Type);
        string replaced = voted.InvokeResponse!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal("application/vnd.microsoft.card.adaptive", voted.InvokeResponse!["type"]?.GetValue<string>());
        Assert.True(replaced.Contains(t.Get("Slot.Tally", "it", 1, 0, 0), StringComparison.Ordinal) || replaced.Contains(t.Get("Slot.Tally", "en", 1, 0, 0), StringComparison.Ordinal), replaced);

        // Staff close early from the management card; the result reaches the member.
        // A card submit carries no text, so the management card is in the staff member's stored language.
        PlaygroundMessage manage = created.Messages.Concat(chat.Transcript)
            .Last(m => m.CardTexts.Contains(t.Get("Manage.Heading", "it")) || m.CardTexts.Contains(t.Get("Manage.Heading", "en")));
        string manageLang = manage.CardTexts.Contains(t.Get("Manage.Heading", "en")) ? "en" : "it";
        PlaygroundTurn closed = await chat.PressAsync(manage, t.Get("Manage.Close", manageLang));
        Assert.Equal(200, closed.Bot.Status);
        PlaygroundMessage resultCard = await WaitForCardAsync(chat, t.Get("Result.Heading", cardLang));
        Assert.Contains("WG 5 kick-off", resultCard.CardTexts);
        Assert.Contains(resultCard.Buttons, b => b.Title == t.Get("Result.Calendar", cardLang));
    }

    /// <summary>The card with one of <paramref name="headings"/>, whether it came with a turn or later (the fan-out is a Hangfire job).</summary>
    private static async Task<PlaygroundMessage> WaitForCardAsync(PlaygroundConversation chat, params string[] headings)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            PlaygroundMessage? card = chat.Transcript.LastOrDefault(m => headings.Any(m.CardTexts.Contains));
            if (card is not null)
            {
                return card;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"No card '{string.Join("' or '", headings)}' arrived; transcript: {string.Join(" | ", chat.Transcript.Select(m => m.Text ?? (m.CardTexts.Count > 0 ? m.CardTexts[0] : null)))}");
            }

            await Task.Delay(200);
        }
    }

    private static IEnumerable<JsonObject> ChoiceSets(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Input.ChoiceSet" => [o],
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(ChoiceSets),
        JsonArray a => a.OfType<JsonNode>().SelectMany(ChoiceSets),
        _ => [],
    };

    private static string Day(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
