using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Privacy;

/// <summary>The help lines of members' data rights.</summary>
internal sealed class PrivacyHelp : IHelpContributor
{
    public int Order => 900;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        var t = PrivacyTexts.Texts;
        yield return new HelpEntry(t.Get("Help.MyData.Title", language), t.Get("Help.MyData.Example", language));
        yield return new HelpEntry(t.Get("Help.Forget.Title", language), t.Get("Help.Forget.Example", language));
        yield return new HelpEntry(t.Get("Help.StaffErase.Title", language), t.Get("Help.StaffErase.Example", language), StaffOnly: true);
    }
}
