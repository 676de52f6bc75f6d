using ClustER.Bot.Features.Conversation;
using Microsoft.Playwright;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// A member uses the bot through the Playground's web UI (Microsoft's Teams-like client) in headless chromium.
/// Screenshots go to tests/artifacts/e2e.
/// </summary>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundWebUiTests(PlaygroundFixture playground)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(15);

    [EndToEndFact(NeedsBrowser = true)]
    public async Task PersonalChat_HelpThenLanguageButton_CardRendersAndBotReceivesSubmit()
    {
        await using PlaygroundBrowser browser = await PlaygroundBrowser.OpenAsync(playground.PlaygroundAddress);
        try
        {
            await HelpThenLanguageButtonAsync(browser, playground.BotTraffic);
        }
        catch
        {
            await browser.ScreenshotAsync("help-then-language-button-FAILED");
            throw;
        }
    }

    [EndToEndFact(NeedsBrowser = true)]
    public async Task PersonalChat_QuestionAboutTheNextAssembly_IsAnsweredWithACard()
    {
        await using PlaygroundBrowser browser = await PlaygroundBrowser.OpenAsync(playground.PlaygroundAddress);
        try
        {
            await browser.OpenChatAsync("Personal Chat");
            string expectedTitle = NextDemoEvent("general-assembly");

            int mark = playground.BotTraffic.Started;
            await browser.SendAsync("When is the next general assembly?");
            BotExchange question = await playground.BotTraffic.WaitForAsync(mark, e => e.Type == "message" && e.Text is { Length: > 0 }, TurnTimeout);
            Assert.Equal(200, question.Status);

            ILocator answer = browser.Cards.Filter(new() { HasText = expectedTitle }).Last;
            await Assertions.Expect(answer).ToBeVisibleAsync();
            await browser.ScreenshotAsync("question-answered");
        }
        catch
        {
            await browser.ScreenshotAsync("question-answered-FAILED");
            throw;
        }
    }

    /// <summary>The title of the soonest demo event of <paramref name="kind"/> after the pinned now, from the shipped demo knowledge.</summary>
    private static string NextDemoEvent(string kind)
    {
        string file = Path.Combine(AppContext.BaseDirectory, "DemoData", "knowledge", "events.json");
        System.Text.Json.Nodes.JsonArray events = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsArray();
        return events
            .Where(e => e!["kind"]!.GetValue<string>() == kind)
            .Select(e => (Start: DateTimeOffset.Parse(e!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), Title: e["title"]!.GetValue<string>()))
            .Where(e => e.Start > KestrelBotFactory.PinnedNow)
            .MinBy(e => e.Start).Title;
    }

    private static async Task HelpThenLanguageButtonAsync(PlaygroundBrowser browser, BotTrafficRecorder bot)
    {
        await browser.OpenChatAsync("Personal Chat");

        // A member says "help" and sees the help card rendered.
        int mark = bot.Started;
        await browser.SendAsync("help");
        BotExchange help = await bot.WaitForAsync(mark, e => e.Type == "message" && e.Text == "help", TurnTimeout);
        Assert.Equal(200, help.Status);
        ILocator helpCard = browser.Cards.Filter(new() { HasText = ConversationTexts.Texts.Get("Help.Intro", "en") }).Last;
        await Assertions.Expect(helpCard).ToBeVisibleAsync();
        await Assertions.Expect(helpCard.GetByRole(AriaRole.Button, new() { Name = "Italiano" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("help-card");

        // The member presses a card button; the bot receives the submit and answers.
        mark = bot.Started;
        await helpCard.GetByRole(AriaRole.Button, new() { Name = "Italiano" }).ClickAsync();
        BotExchange submit = await bot.WaitForAsync(mark, e => e.Type == "message" && e.Value is not null, TurnTimeout);
        Assert.Equal(200, submit.Status);
        Assert.Equal("setLanguage", submit.Value?["verb"]?.GetValue<string>());
        Assert.Equal("it", submit.Value?["language"]?.GetValue<string>());
        await Assertions.Expect(browser.Messages(ConversationTexts.Texts.Get("Language.Set", "it"))).ToBeVisibleAsync();
        await browser.ScreenshotAsync("language-button-answered");
    }
}
