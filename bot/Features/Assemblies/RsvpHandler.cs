using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Delivery;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// A participant answers a convocation (in person, online, not attending, proxy) or withdraws the answer:
/// the statute's rules are checked, the card is redrawn with the answer, and the staff's state cards update.
/// </summary>
internal sealed class RsvpHandler(MeetingService meetings, MeetingDirectory directory, MeetingMessages messages, StaffCards staffCards) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        var t = AssembliesTexts.Texts;
        CardAction action = context.CardAction!;
        int meetingId = action.GetInt32("meetingId") ?? 0;
        FormError? refusal;
        if (action.Verb == CardVerbs.MeetingWithdraw)
        {
            refusal = await meetings.WithdrawAsync(meetingId, member.PersonId, cancellationToken);
        }
        else if (!Enum.TryParse(action.GetString("answer"), out MeetingAnswer answer) || !Enum.IsDefined(answer))
        {
            refusal = new FormError("UnknownMeeting");
        }
        else
        {
            refusal = await meetings.AnswerAsync(meetingId, member.PersonId, answer, action.GetInt32("proxyOrganisationId"), cancellationToken);
        }

        if (refusal is not null)
        {
            await context.AcknowledgeCardActionAsync(t.Get(refusal.Key, lang, refusal.Args), cancellationToken);
            return;
        }

        Meeting meeting = (await directory.FindAsync(meetingId, cancellationToken))!;
        OutboundMessage? redrawn = await messages.ComposeAsync(meeting, member.PersonId, "Convocation.Heading", cancellationToken);
        if (redrawn?.Card is { } card)
        {
            await context.ReplaceCardAsync(card, redrawn.Text, cancellationToken);
        }

        if (!action.IsInvoke)
        {
            MeetingResponse? mine = (await directory.ResponsesAsync(meetingId, cancellationToken)).FirstOrDefault(r => r.PersonId == member.PersonId);
            string confirmation = mine is null ? t.Get("Answer.Withdrawn", lang)
                : t.Get("Answer.Saved", lang, t.Get($"Answer.Current.{mine.Answer}", lang, ProxyName(mine, await directory.OrganisationNamesAsync(cancellationToken))));
            await context.SendTextAsync(confirmation, cancellationToken);
        }

        await staffCards.RefreshAsync(meetingId, cancellationToken);
    }

    private static string ProxyName(MeetingResponse response, IReadOnlyDictionary<int, string> names) =>
        response.ProxyOrganisationId is { } id && names.TryGetValue(id, out string? name) ? name : "?";
}
