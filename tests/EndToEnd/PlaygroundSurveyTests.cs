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
        // It may land while the confirmation turn settles, or after it. When other suites' clients are connected
        // the Playground may hand the proactive message to one of them: then the ledger shows it sent to this user,
        // and the answer is pressed through the same invoke API with the form's action data.
        PlaygroundMessage? form = confirmed.Messages.LastOrDefault(IsForm);
        if (form is null)
        {
            try
            {
                form = (await chat.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20))).LastOrDefault(IsForm);
            }
            catch (TimeoutException)
            {
                form = null;
            }
        }

        int surveyId = await SentFormAsync();
        var inputs = new JsonObject
        {
            ["surveyId"] = surveyId, ["q_regions"] = "usa,japan", ["q_countries"] = "us", ["q_fairs"] = "arab-health", ["q_support"] = "fairs",
            ["q_missions"] = "yes", ["q_usefulness"] = "4", ["q_notes"] = "Più missioni in Giappone",
        };
        PlaygroundTurn answered = form is not null
            ? await chat.PressAsync(form, form.Buttons.Single(b => b.Verb == "surveyAnswer").Title, inputs)
            : await chat.ExecuteAsync(confirm, "surveyAnswer", inputs);
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

    // The survey whose form the ledger records as sent to the Playground user (waits for the fan-out).
    private async Task<int> SentFormAsync()
    {
        for (int i = 0; i < 120; i++)
        {
            await using (Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(playground.Bot.Services))
            {
                var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ClustER.Bot.Storage.BotDbContext>(scope.ServiceProvider);
                string? subject = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                    db.Deliveries.Where(d => d.Kind == "survey" && d.Status == ClustER.Bot.Storage.Entities.DeliveryStatus.Sent
                        && db.People.Any(p => p.Id == d.PersonId && p.Name == "Alex Wilber")).OrderByDescending(d => d.Id).Select(d => d.SubjectId));
                if (subject is not null)
                {
                    return int.Parse(subject["survey:".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            await Task.Delay(500);
        }

        await using Microsoft.Extensions.DependencyInjection.AsyncServiceScope last = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(playground.Bot.Services);
        var rows = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ClustER.Bot.Storage.BotDbContext>(last.ServiceProvider)
            .Deliveries.Where(d => d.Kind == "survey").Select(d => $"{d.PersonId}:{d.Status}:{d.LastError}").ToList();
        throw new TimeoutException("The survey form was not sent to the Playground user: " + string.Join(" | ", rows));
    }

    private static bool IsForm(PlaygroundMessage message) =>
        message.Card is not null && message.Buttons.Any(b => b.Verb == "surveyAnswer");

    private static void AssertEither(PlaygroundTurn turn, string italian, string english)
    {
        string response = System.Text.RegularExpressions.Regex.Unescape(turn.InvokeResponse?.ToJsonString() ?? string.Empty);
        Assert.True(response.Contains(italian, StringComparison.Ordinal) || response.Contains(english, StringComparison.Ordinal), response);
    }
}
