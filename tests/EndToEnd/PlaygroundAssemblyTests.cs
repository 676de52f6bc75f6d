using System.Text.Json.Nodes;
using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The general assembly through Microsoft's client, end to end: staff convene it from chat in the web UI,
/// Hangfire's fan-out sends the convocation card proactively through the Playground's own Connector, the
/// representative gives a proxy to another member organisation, and the staff's answers card updates in
/// place with the counts and the proxy.
/// </summary>
/// <remarks>
/// The Playground lets only its signed-in user speak: its automation API ignores <c>from</c> (its
/// MessageService posts every message as "client", read in its source) and the web UI has one user. So that
/// user, Alex Wilber (staff in the demo directory), is also made the representative of a member
/// organisation for this test: the one person both convenes and is convened. The convocation still takes the
/// proactive path (Hangfire job, delivery ledger, <c>ProactiveMessenger</c>, the Playground's Connector), not the turn.
/// </remarks>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundAssemblyTests(PlaygroundFixture playground)
{
    private const string SignedInUser = "Alex Wilber";
    private const string RepresentedOrganisation = "Playground Lab Srl";
    private const string ProxyHolder = "Chiesi Farmaceutici";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan FanOutTimeout = TimeSpan.FromSeconds(45);

    [EndToEndFact(NeedsBrowser = true)]
    public async Task GeneralAssembly_ConvenedInWebUi_ConvocationArrivesProactively_ProxyGiven_StaffCardShowsCountsAndProxy()
    {
        var t = AssembliesTexts.Texts;
        await MakeSignedInUserARepresentativeAsync();
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();
        await using PlaygroundBrowser browser = await PlaygroundBrowser.OpenAsync(playground.PlaygroundAddress);
        try
        {
            // Staff convene the assembly in the web UI: the form card, filled and submitted as a person would.
            await browser.OpenChatAsync("Personal Chat");
            await SendAndWaitAsync(browser, "italiano");
            await SendAndWaitAsync(browser, "convoca assemblea");
            ILocator form = browser.Cards.Filter(new() { HasText = t.Get("Form.Title.New", "it", t.Get("Kind.GeneralAssembly", "it")) }).Last;
            await Assertions.Expect(form).ToBeVisibleAsync();
            await form.GetByLabel(t.Get("Form.FirstCallDate", "it")).FillAsync("2027-03-18");
            await form.GetByLabel(t.Get("Form.FirstCallTime", "it")).FillAsync("14:30");
            await form.GetByLabel(t.Get("Form.Place", "it")).FillAsync("Tecnopolo Manifattura, Bologna");
            await form.GetByLabel(t.Get("Form.Ordinary", "it")).FillAsync("Approvazione del bilancio consuntivo 2026\nProgramma di attività 2027");
            await browser.ScreenshotAsync("assembly-form-filled");
            int mark = playground.BotTraffic.Started;
            await form.GetByRole(AriaRole.Button, new() { Name = t.Get("Form.Submit", "it") }).ClickAsync();
            BotExchange submit = await playground.BotTraffic.WaitForAsync(mark, e => e.Value?["verb"]?.GetValue<string>() == "conveneMeeting", TurnTimeout);
            Assert.Equal(200, submit.Status);
            Assert.Equal("2027-03-18", submit.Value?["firstCallDate"]?.GetValue<string>());
            ILocator answers = browser.Cards.Filter(new() { HasText = t.Get("State.Heading", "it") }).Last;
            await Assertions.Expect(answers).ToBeVisibleAsync();

            // Hangfire's fan-out, not the turn, brings the convocation card to the representative.
            PlaygroundMessage convocation = await WaitForCardAsync(chat, m => m.CardTexts.Contains(t.Get("Convocation.Heading", "it")), FanOutTimeout);
            Assert.Contains(convocation.CardTexts, text => text.Contains(RepresentedOrganisation, StringComparison.Ordinal));
            Assert.Contains(convocation.CardTexts, text => text.Contains("Approvazione del bilancio consuntivo 2026", StringComparison.Ordinal));
            string proxyHolderId = ChoiceValue(convocation, "proxyOrganisationId", ProxyHolder);

            // The representative gives the proxy to another member organisation.
            PlaygroundTurn rsvp = await chat.PressAsync(convocation, t.Get("Answer.Proxy", "it"), new JsonObject { ["proxyOrganisationId"] = proxyHolderId });
            Assert.Equal(200, rsvp.Bot.Status);
            Assert.Contains(t.Get("Answer.Saved", "it", t.Get("Answer.Current.Proxy", "it", ProxyHolder)), rsvp.Texts);

            // The staff's answers card has updated in place: one proxy, to Chiesi; everyone else not answered yet.
            string proxyLine = t.Get("State.ProxyList", "it", $"{RepresentedOrganisation} → {ProxyHolder}");
            PlaygroundMessage updated = await WaitForCardAsync(chat, m => m.IsUpdate && m.CardTexts.Contains(proxyLine), TurnTimeout);
            JsonArray facts = FactsOf(updated);
            Assert.Equal("1", Fact(facts, t.Get("State.Proxies", "it")));
            Assert.Equal("0", Fact(facts, t.Get("State.InPerson", "it")));
            Assert.Equal("0", Fact(facts, t.Get("State.Online", "it")));
            Assert.Equal("0", Fact(facts, t.Get("State.NotAttending", "it")));
            int convened = await ScalarAsync(db => db.People.CountAsync(p => (p.Roles & PersonRoles.Representative) != 0));
            Assert.Equal((convened - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Fact(facts, t.Get("State.NotAnswered", "it")));
            await Assertions.Expect(answers).ToContainTextAsync(proxyLine);
            await answers.ScrollIntoViewIfNeededAsync();
            await browser.ScreenshotAsync("assembly-staff-answers");
        }
        catch
        {
            await browser.ScreenshotAsync("assembly-flow-FAILED");
            await WriteDeliveriesAsync("assembly-flow-FAILED-deliveries.txt");
            throw;
        }
    }

    /// <summary>The signed-in user represents a member organisation too (see the remarks), set in the directory as an import would.</summary>
    private async Task MakeSignedInUserARepresentativeAsync()
    {
        await using AsyncServiceScope scope = playground.Bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Person alex = await db.People.SingleAsync(p => p.Name == SignedInUser);
        alex.Organisation = new Organisation { Name = RepresentedOrganisation };
        alex.Roles |= PersonRoles.Representative;
        await db.SaveChangesAsync();
    }

    private async Task SendAndWaitAsync(PlaygroundBrowser browser, string text)
    {
        int mark = playground.BotTraffic.Started;
        await browser.SendAsync(text);
        BotExchange turn = await playground.BotTraffic.WaitForAsync(mark, e => e.Type == "message" && e.Text == text, TurnTimeout);
        Assert.Equal(200, turn.Status);
    }

    /// <summary>Waits until the chat has shown a bot card matching <paramref name="match"/> (new or updated), the latest one.</summary>
    private static async Task<PlaygroundMessage> WaitForCardAsync(PlaygroundConversation chat, Func<PlaygroundMessage, bool> match, TimeSpan timeout)
    {
        DateTime until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (chat.Transcript.LastOrDefault(m => m.Card is not null && match(m)) is { } card)
            {
                return card;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"No matching card within {timeout.TotalSeconds:0} s; cards seen: {chat.Transcript.Count(m => m.Card is not null)}.");
            }

            await Task.Delay(100);
        }
    }

    private async Task<T> ScalarAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = playground.Bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    /// <summary>What the bot stored about the fan-out and the chats it knows: the first thing to read when the convocation did not arrive.</summary>
    private async Task WriteDeliveriesAsync(string name)
    {
        await using AsyncServiceScope scope = playground.Bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var lines = new List<string>();
        lines.AddRange((await db.Deliveries.AsNoTracking().ToListAsync()).Select(d =>
            $"delivery {d.Kind} {d.SubjectId} {d.Occurrence} person {d.PersonId}: {d.Status} x{d.Attempts} {d.LastError}"));
        lines.AddRange((await db.Conversations.AsNoTracking().ToListAsync()).Select(c =>
            $"conversation {c.ConversationId} {c.ConversationType} person {c.PersonId} user {c.UserId} installed {c.IsInstalled}"));
        lines.AddRange((await db.People.AsNoTracking().Where(p => p.TeamsUserId != null).ToListAsync()).Select(p =>
            $"person {p.Id} {p.Name} teams {p.TeamsUserId} roles {p.Roles} reachable {p.IsReachable}"));
        lines.AddRange(playground.BotTraffic.Completed.Select(e =>
            $"received #{e.Index} {e.Type} {e.ConversationId} from {e.Activity?["from"]?.ToJsonString()} -> {e.Status}: {e.Text}"));
        await File.WriteAllLinesAsync(Path.Combine(EndToEndEnvironment.ArtifactsDirectory, name), lines);
    }

    private static string ChoiceValue(PlaygroundMessage card, string inputId, string title)
    {
        JsonObject input = Descendants(card.Card!).OfType<JsonObject>().Single(o => o["id"]?.GetValue<string>() == inputId);
        return input["choices"]!.AsArray().OfType<JsonObject>().Single(c => c["title"]?.GetValue<string>() == title)["value"]!.GetValue<string>();
    }

    private static JsonArray FactsOf(PlaygroundMessage card) =>
        Descendants(card.Card!).OfType<JsonObject>().Single(o => o["type"]?.GetValue<string>() == "FactSet")["facts"]!.AsArray();

    private static string Fact(JsonArray facts, string title) =>
        facts.OfType<JsonObject>().Single(f => f["title"]?.GetValue<string>() == title)["value"]!.GetValue<string>();

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (JsonNode child in children.OfType<JsonNode>())
        {
            foreach (JsonNode descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
