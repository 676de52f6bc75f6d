using ClustER.Bot.Features.Conversation;

namespace ClustER.Tests.EndToEnd;

/// <summary>The bot through the Playground's automation API: the same requests the Teams-like UI makes.</summary>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundConversationTests(PlaygroundFixture playground)
{
    [EndToEndFact]
    public async Task SendAsync_Help_ShowsHelpCardInEnglish()
    {
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();

        PlaygroundTurn turn = await chat.SendAsync("help");

        Assert.Equal(200, turn.Bot.Status);
        PlaygroundMessage card = turn.SingleCard;
        Assert.Contains(ConversationTexts.Texts.Get("Help.Intro", "en"), card.CardTexts);
        Assert.Equal(["setLanguage", "setLanguage"], card.Buttons.Select(b => b.Verb));
        Assert.All(card.Buttons, b => Assert.Equal(CardButton.Submit, b.Type));
    }

    [EndToEndFact]
    public async Task SendAsync_Aiuto_ShowsHelpCardInItalian()
    {
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();

        PlaygroundTurn turn = await chat.SendAsync("aiuto");

        Assert.Contains(ConversationTexts.Texts.Get("Help.Intro", "it"), turn.SingleCard.CardTexts);
    }

    [EndToEndFact]
    public async Task PressAsync_EnglishOnHelpCard_BotReceivesSubmitAndConfirms()
    {
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();
        PlaygroundMessage card = (await chat.SendAsync("aiuto")).SingleCard;

        PlaygroundTurn turn = await chat.PressAsync(card, ConversationTexts.Texts.Get("Button.English", "it"));

        // The bot's side: an Action.Submit arrives as a message whose value is the button's data.
        Assert.Equal(200, turn.Bot.Status);
        Assert.Equal(card.MessageId, turn.Bot.ReplyToId);
        Assert.Equal("setLanguage", turn.Bot.Value?["verb"]?.GetValue<string>());
        Assert.Equal("en", turn.Bot.Value?["language"]?.GetValue<string>());
        // The user's side: the confirmation, in the language just chosen.
        Assert.Equal([ConversationTexts.Texts.Get("Language.Set", "en")], turn.Texts);
    }
}
