using ClustER.Bot.Features.Conversation;
using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Polls;

/// <summary>"nuovo sondaggio riunione GdL 5" / "new meeting poll for WG 5": the poll form, for staff and the group's coordinators.</summary>
internal sealed class NewPollHandler(PollGate gate) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        string named = context.RouteMatch?.Groups["group"].Value ?? string.Empty;
        IReadOnlyList<StrategicPriority> matches = StrategicPriorities.Match(named);
        StrategicPriority? group = matches.Count > 0 ? matches[0] : null;
        if (group is null)
        {
            await context.SendTextAsync(PollsTexts.Texts.Get("UnknownGroup", lang, named), cancellationToken);
            return;
        }

        if (!await gate.AllowAsync(context, group.Number, cancellationToken))
        {
            return;
        }

        var card = PollCards.Form(group.Number, member.TimeZoneId, lang);
        await context.SendAsync(ActivityFactory.Card(card, PollsTexts.Texts.Get("Form.Text", lang, PollCards.Group(group.Number, lang)), context.ReplyLocale), cancellationToken);
    }
}
