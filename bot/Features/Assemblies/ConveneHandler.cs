using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>"convoca assemblea" / "convene board meeting" and the Change button: the convocation form, for staff.</summary>
internal sealed class ConveneHandler(StaffOnly<AssembliesFeature> gate, MeetingService meetings, MeetingDirectory directory) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        string lang = context.Member().Language;
        Meeting? meeting = null;
        if (context.CardAction?.GetInt32("meetingId") is { } id)
        {
            meeting = await directory.FindAsync(id, cancellationToken);
            if (meeting is null || meeting.IsCancelled)
            {
                await context.SendTextAsync(AssembliesTexts.Texts.Get(meeting is null ? "UnknownMeeting" : "AlreadyCancelled", lang), cancellationToken);
                return;
            }
        }

        MeetingKind kind = meeting?.Kind ?? AssembliesPatterns.KindIn(context.RouteMatch?.Groups["what"].Value ?? string.Empty);
        var card = MeetingCards.Form(kind, meeting, meetings.NoticeDays(kind), lang);
        string text = AssembliesTexts.Texts.Get(meeting is null ? "Form.Title.New" : "Form.Title.Edit", lang, MeetingCards.Title(kind, lang));
        await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
    }
}
