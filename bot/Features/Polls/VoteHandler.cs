using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// A member saves their votes, or the card refreshes itself: the answer is the member's card with the live
/// tallies, in the invoke response (Action.Execute) or as an update of the card's message (Action.Submit).
/// </summary>
internal sealed class VoteHandler(PollService polls, PollReader reader, ILogger<VoteHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string lang = member.Language;
        var t = PollsTexts.Texts;
        CardAction action = context.CardAction!;
        int pollId = action.GetInt32("pollId") ?? 0;
        MeetingPoll? poll = null;
        if (action.Verb == CardVerbs.PollVote)
        {
            Dictionary<int, PollAnswer> answers = ReadAnswers(action);
            if (answers.Count == 0)
            {
                await context.AcknowledgeCardActionAsync(t.Get("Vote.Empty", lang), cancellationToken);
                return;
            }

            (VoteOutcome outcome, poll) = await polls.VoteAsync(pollId, member.PersonId, answers, cancellationToken);
            if (outcome != VoteOutcome.Saved)
            {
                if (outcome == VoteOutcome.Closed)
                {
                    Log.PollVoteAfterClose(logger, pollId, member.PersonId);
                }

                await context.AcknowledgeCardActionAsync(t.Get($"Vote.{outcome}", lang), cancellationToken);
                return;
            }
        }

        poll ??= await reader.FindAsync(pollId, cancellationToken);
        if (poll is null)
        {
            await context.AcknowledgeCardActionAsync(t.Get("Vote.Unknown", lang), cancellationToken);
            return;
        }

        (var card, string text) = PollCards.Voter(await reader.ViewAsync(poll, PollViewer.Of(member), cancellationToken), lang);
        await context.ReplaceCardAsync(card, text, cancellationToken);
        if (!action.IsInvoke && action.Verb == CardVerbs.PollVote)
        {
            await context.SendTextAsync(t.Get("Vote.Saved", lang), cancellationToken);
        }
    }

    /// <summary>The <c>slot{id}</c> inputs: Yes, IfNeedBe or No; anything else is ignored.</summary>
    private static Dictionary<int, PollAnswer> ReadAnswers(CardAction action)
    {
        var answers = new Dictionary<int, PollAnswer>();
        foreach ((string key, _) in action.Data)
        {
            if (key.StartsWith("slot", StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int slotId)
                && action.GetString(key) is { } value && Enum.GetNames<PollAnswer>().Contains(value, StringComparer.Ordinal)
                && Enum.TryParse(value, out PollAnswer answer))
            {
                answers[slotId] = answer;
            }
        }

        return answers;
    }
}
