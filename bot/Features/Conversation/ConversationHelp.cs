namespace ClustER.Bot.Features.Conversation;

/// <summary>The help lines for help itself and the language switch.</summary>
internal sealed class ConversationHelp : IHelpContributor
{
    public int Order => 1000;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        yield return new HelpEntry(ConversationTexts.Texts.Get("Help.Entry.Language.Title", language),
            ConversationTexts.Texts.Get("Help.Entry.Language.Example", language));
        yield return new HelpEntry(ConversationTexts.Texts.Get("Help.Entry.Help.Title", language),
            ConversationTexts.Texts.Get("Help.Entry.Help.Example", language));
    }
}
