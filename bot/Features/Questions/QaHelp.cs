using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Questions;

/// <summary>The help lines of the Q&amp;A feature: asking about calls, events and the association; staff commands.</summary>
internal sealed class QaHelp : IHelpContributor
{
    public int Order => 10;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        foreach (string entry in new[] { "Calls", "Events", "Faq" })
        {
            yield return new HelpEntry(QaTexts.Texts.Get($"Help.Entry.{entry}.Title", language), QaTexts.Texts.Get($"Help.Entry.{entry}.Example", language));
        }

        foreach (string entry in new[] { "Open", "Answer", "NewCall", "NewEvent" })
        {
            yield return new HelpEntry(QaTexts.Texts.Get($"Help.Entry.{entry}.Title", language), QaTexts.Texts.Get($"Help.Entry.{entry}.Example", language), StaffOnly: true);
        }
    }
}
