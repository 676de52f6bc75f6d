using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Conversation;

/// <summary>Help, language, welcome: the conversation basics every member meets first.</summary>
internal sealed class ConversationFeature : IBotFeature
{
    public int Order => -100;

    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<HelpHandler>("help", ConversationPatterns.Help())
            .OnMessage<LanguageHandler>("language", ConversationPatterns.Language())
            .OnCardAction<HelpHandler>(CardVerbs.ShowHelp)
            .OnCardAction<LanguageHandler>(CardVerbs.SetLanguage)
            .OnInstallationUpdate<WelcomeHandler>()
            .OnConversationUpdate<WelcomeHandler>();
    }
}
