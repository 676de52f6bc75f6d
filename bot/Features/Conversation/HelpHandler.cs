using System.Text;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Conversation;

/// <summary>Answers "help" (and the Help button) with what the bot can do; staff see their commands too.</summary>
internal sealed class HelpHandler(IEnumerable<IHelpContributor> contributors) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        List<HelpEntry> entries = [.. contributors.OrderBy(c => c.Order).SelectMany(c => c.GetEntries(lang))
            .Where(e => !e.StaffOnly || member.IsStaff)];
        List<HelpEntry> memberEntries = [.. entries.Where(e => !e.StaffOnly)];
        List<HelpEntry> staffEntries = [.. entries.Where(e => e.StaffOnly)];
        var t = ConversationTexts.Texts;
        string firstName = member.Name.Split(' ', 2)[0];
        JsonNode card = CardTemplates.Render(CardNames.Help, new Dictionary<string, object?>
        {
            ["title"] = t.Get("Help.Title", lang, firstName),
            ["intro"] = t.Get("Help.Intro", lang),
            ["memberEntries"] = Lines(memberEntries),
            ["hasStaffEntries"] = staffEntries.Count > 0,
            ["staffHeading"] = t.Get("Help.StaffHeading", lang),
            ["staffEntries"] = Lines(staffEntries),
            ["languageNote"] = t.Get("Help.LanguageNote", lang),
            ["italianButton"] = t.Get("Button.Italian", lang),
            ["englishButton"] = t.Get("Button.English", lang),
        });
        await context.SendAsync(ActivityFactory.Card(card, PlainText(t.Get("Help.Title", lang, firstName), entries), context.ReplyLocale), cancellationToken);
    }

    private static JsonArray Lines(IEnumerable<HelpEntry> entries) =>
        [.. entries.Select(e => CardTemplates.Render(CardNames.HelpEntry, new Dictionary<string, object?>
        {
            ["title"] = e.Title,
            ["example"] = e.Example,
        }))];

    private static string PlainText(string title, IEnumerable<HelpEntry> entries)
    {
        var text = new StringBuilder(title).Append('\n');
        foreach (HelpEntry entry in entries)
        {
            text.Append("\n- ").Append(entry.Title).Append(": \"").Append(entry.Example).Append('"');
        }

        return text.ToString();
    }
}
