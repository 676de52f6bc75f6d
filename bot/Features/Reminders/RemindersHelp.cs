using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Reminders;

/// <summary>The help lines of reminders.</summary>
internal sealed class RemindersHelp : IHelpContributor
{
    public int Order => 300;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        var t = RemindersTexts.Texts;
        yield return new HelpEntry(t.Get("Help.Entry.RemindMe.Title", language), t.Get("Help.Entry.RemindMe.Example", language));
        yield return new HelpEntry(t.Get("Help.Entry.List.Title", language), t.Get("Help.Entry.List.Example", language));
    }
}
