using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The help lines: consent for everyone, news and dispatch for staff.</summary>
internal sealed class NewsletterHelp : IHelpContributor
{
    public int Order => 850;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        var t = NewsletterTexts.Texts;
        yield return new HelpEntry(t.Get("Help.Entry.Subscribe.Title", language), t.Get("Help.Entry.Subscribe.Example", language));
        yield return new HelpEntry(t.Get("Help.Entry.Staff.Title", language), t.Get("Help.Entry.Staff.Example", language), StaffOnly: true);
    }
}
