using ClustER.Bot.Features.Conversation;

namespace ClustER.Bot.Features.Surveys;

/// <summary>The staff help lines for surveys.</summary>
internal sealed class SurveysHelp : IHelpContributor
{
    public int Order => 850;

    public IEnumerable<HelpEntry> GetEntries(string language)
    {
        yield return new HelpEntry(SurveysTexts.Texts.Get("Help.Send.Title", language), SurveysTexts.Texts.Get("Help.Send.Example", language), StaffOnly: true);
        yield return new HelpEntry(SurveysTexts.Texts.Get("Help.Builder.Title", language), SurveysTexts.Texts.Get("Help.Builder.Example", language), StaffOnly: true);
        yield return new HelpEntry(SurveysTexts.Texts.Get("Help.Results.Title", language), SurveysTexts.Texts.Get("Help.Results.Example", language), StaffOnly: true);
    }
}
