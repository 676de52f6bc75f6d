using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>The staff help line for convening meetings.</summary>
internal sealed class AssembliesHelp : IHelpContributor
{
    public int Order => 800;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        yield return new HelpEntry(AssembliesTexts.Texts.Get("Help.Entry.Convene.Title", language),
            AssembliesTexts.Texts.Get("Help.Entry.Convene.Example", language), StaffOnly: true);
    }
}
