using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Polls;
using Hangfire;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// Staff and the group's coordinators: the management card (all tallies), closing early, extending the
/// deadline, choosing the slot over the tally's choice. A close or an override hands the result to Hangfire.
/// </summary>
internal sealed class PollManageHandler(PollGate gate, PollService polls, PollReader reader, IBackgroundJobClient jobs, ILogger<PollManageHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        var t = PollsTexts.Texts;
        CardAction action = context.CardAction!;
        MeetingPoll? poll = await reader.FindAsync(action.GetInt32("pollId") ?? 0, cancellationToken);
        if (poll is null)
        {
            await context.AcknowledgeCardActionAsync(t.Get("Vote.Unknown", lang), cancellationToken);
            return;
        }

        if (!await gate.AllowAsync(context, poll.Priority, cancellationToken))
        {
            return;
        }

        string? error = action.Verb switch
        {
            CardVerbs.PollClose => await CloseAsync(poll.Id, null, member.PersonId, cancellationToken),
            CardVerbs.PollOverride => action.GetInt32("slotId") is { } slotId
                ? await CloseAsync(poll.Id, slotId, member.PersonId, cancellationToken) : "Override.NoSlot",
            CardVerbs.PollExtend => PollForm.Instant(action.GetString("newDeadlineDate"), action.GetString("newDeadlineTime") ?? "23:59", ReminderTime.Zone(member.TimeZoneId)) is { } deadline
                ? await polls.ExtendAsync(poll.Id, deadline, cancellationToken) : "Extend.Error.Date",
            _ => null,
        };
        if (error is not null)
        {
            await context.AcknowledgeCardActionAsync(t.Get(error, lang), cancellationToken);
            return;
        }

        PollView view = await reader.ViewAsync((await reader.FindAsync(poll.Id, cancellationToken))!, PollViewer.Of(member), cancellationToken);
        (var card, string text) = PollCards.Manage(view, lang);
        await context.ReplaceCardAsync(card, text, cancellationToken);
        if (!action.IsInvoke && action.Verb != CardVerbs.PollManage)
        {
            await context.SendTextAsync(t.Get($"Done.{action.Verb}", lang), cancellationToken);
        }
    }

    private async Task<string?> CloseAsync(int pollId, int? slotId, int personId, CancellationToken ct)
    {
        (CloseOutcome outcome, MeetingPoll? poll) = await polls.CloseAsync(pollId, slotId, ct);
        switch (outcome)
        {
            case CloseOutcome.Closed:
                Log.PollClosedByStaff(logger, pollId, personId, poll!.ChosenSlotId, poll.ResultSequence);
                jobs.Enqueue<ClosePollJob>(job => job.RunAsync(pollId, CancellationToken.None));
                return null;
            case CloseOutcome.AlreadyClosed:
                return "Closed.Already";
            default:
                return "Vote.Unknown";
        }
    }
}
