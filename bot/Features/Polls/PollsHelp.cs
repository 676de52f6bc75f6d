using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Polls;

/// <summary>The help line for meeting polls (staff and coordinators).</summary>
internal sealed class PollsHelp : IHelpContributor
{
    public int Order => 850;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        yield return new HelpEntry(PollsTexts.Texts.Get("Help.Entry.Title", language),
            PollsTexts.Texts.Get("Help.Entry.Example", language), StaffOnly: true);
    }
}
