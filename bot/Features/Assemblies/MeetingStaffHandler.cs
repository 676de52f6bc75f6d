using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Assemblies;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>The staff's buttons on the state card: refresh, remind those who did not answer, cancel the meeting.</summary>
internal sealed class MeetingStaffHandler(
    StaffOnly<AssembliesFeature> gate,
    MeetingService meetings,
    MeetingMessages messages,
    StaffCards staffCards,
    BotDbContext db,
    IBackgroundJobClient jobs) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        string lang = context.Member().Language;
        var t = AssembliesTexts.Texts;
        int meetingId = context.CardAction?.GetInt32("meetingId") ?? 0;
        switch (context.CardAction?.Verb)
        {
            case CardVerbs.MeetingRemindPending:
                // Only those not answered and not reminded before: the job's ledger key makes each reminder once-only.
                IReadOnlyList<int> pending = await messages.NotAnsweredAsync(meetingId, cancellationToken);
                string subject = SendConvocationJob.SubjectId(meetingId);
                List<int> reminded = await db.Deliveries.Where(d => d.Kind == RemindUnansweredJob.LedgerKind && d.SubjectId == subject)
                    .Select(d => d.PersonId).ToListAsync(cancellationToken);
                int toRemind = pending.Except(reminded).Count();
                if (toRemind > 0)
                {
                    jobs.Enqueue<RemindUnansweredJob>(job => job.RunAsync(meetingId, CancellationToken.None));
                }

                await context.AcknowledgeCardActionAsync(toRemind > 0 ? t.Get("Reminded", lang, toRemind) : t.Get("Reminded.None", lang), cancellationToken);
                return;
            case CardVerbs.MeetingCancel:
                Meeting? cancelled = await meetings.CancelAsync(meetingId, cancellationToken);
                if (cancelled is null)
                {
                    await context.AcknowledgeCardActionAsync(t.Get("AlreadyCancelled", lang), cancellationToken);
                    return;
                }

                jobs.Enqueue<SendConvocationJob>(job => job.RunAsync(cancelled.Id, cancelled.Sequence, CancellationToken.None));
                await context.AcknowledgeCardActionAsync(t.Get("Cancelled", lang, MeetingCards.Title(cancelled.Kind, lang)), cancellationToken);
                await staffCards.RefreshAsync(meetingId, cancellationToken);
                return;
            default:
                await staffCards.SendAsync(context, meetingId, cancellationToken);
                return;
        }
    }
}
