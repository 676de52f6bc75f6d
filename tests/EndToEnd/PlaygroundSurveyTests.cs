using System.Text.Json.Nodes;
using ClustER.Bot.Features.Surveys;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// A survey end to end in the Playground: the staff user sends it, answers it as a recipient in the card,
/// closes it and reads the results (the Playground user is demo staff and also in the audience).
/// </summary>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundSurveyTests(PlaygroundFixture playground)
{
    [EndToEndFact]
    public async Task Survey_SendAnswerCloseResults_InThePlayground()
    {
        var t = SurveysTexts.Texts;
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();

        PlaygroundMessage confirm = (await chat.SendAsync("invia sondaggio internazionalizzazione a associazioni, chiude il 31/12/2026")).SingleCard;
        Assert.Contains(t.Get("Confirm.Heading", "it"), confirm.CardTexts);
        CardButton send = confirm.Buttons.First(b => b.Verb == "surveyConfirm");
        Assert.Equal(CardButton.Execute, send.Type);
        PlaygroundTurn confirmed = await chat.PressAsync(confirm, send.Title, new JsonObject { ["reminderDays"] = "2" });
        // A card action carries no text: the bot answers in the user's locale (the Playground's is English).
        AssertEither(confirmed, "Invio avviato", "Sending started");

        // The form arrives proactively (Hangfire fan-out); the answer is sent from the card and the card is replaced.
        PlaygroundMessage form = (await chat.WaitForMessagesAsync(1, TimeSpan.FromSeconds(60))).Last(m => m.Card is not null);
        Assert.Contains(form.CardTexts, c => c == t.Get("Form.Heading", "it") || c == t.Get("Form.Heading", "en"));
        PlaygroundTurn answered = await chat.PressAsync(form, form.Buttons.Single(b => b.Verb == "surveyAnswer").Title, new JsonObject
        {
            ["q_regions"] = "usa,japan", ["q_countries"] = "us", ["q_fairs"] = "arab-health", ["q_support"] = "fairs",
            ["q_missions"] = "yes", ["q_usefulness"] = "4", ["q_notes"] = "Più missioni in Giappone",
        });
        AssertEither(answered, "Risposte registrate", "Answers saved");

        // Staff close the survey and see the results.
        PlaygroundMessage results = (await chat.SendAsync("chiudi sondaggio internazionalizzazione")).Cards[^1];
        string lang = results.CardTexts.Contains(t.Get("Results.Heading", "it")) ? "it" : "en";
        Assert.Contains(t.Get("Results.Heading", lang), results.CardTexts);
        string card = results.Card!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(lang == "it" ? "1 risposte su" : "1 responses from", card, StringComparison.Ordinal);
        Assert.Contains(lang == "it" ? "{\"title\":\"Stati Uniti\",\"value\":\"1 (100%)\"}" : "{\"title\":\"United States\",\"value\":\"1 (100%)\"}", card, StringComparison.Ordinal);
        Assert.Contains(lang == "it" ? "Chiuso" : "Closed", card, StringComparison.Ordinal);
    }

    private static void AssertEither(PlaygroundTurn turn, string italian, string english)
    {
        string response = System.Text.RegularExpressions.Regex.Unescape(turn.InvokeResponse?.ToJsonString() ?? string.Empty);
        Assert.True(response.Contains(italian, StringComparison.Ordinal) || response.Contains(english, StringComparison.Ordinal), response);
    }
}
