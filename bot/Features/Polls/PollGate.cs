using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// Lets staff and the working group's coordinators through; tells anyone else politely that polls are
/// theirs to run, and logs the attempt.
/// </summary>
internal sealed class PollGate(BotDbContext db, ILogger<PollGate> logger)
{
    /// <summary>True for staff or a coordinator of <paramref name="priority"/>; otherwise answers the refusal.</summary>
    public async Task<bool> AllowAsync(TurnContext context, int priority, CancellationToken ct)
    {
        MemberContext member = context.Member();
        if (member.IsStaff || await db.WorkingGroupMemberships.AnyAsync(m => m.PersonId == member.PersonId && m.Priority == priority && m.IsCoordinator, ct))
        {
            return true;
        }

        Log.PollCommandRefused(logger, member.PersonId, context.CardAction?.Verb ?? "new-poll", priority);
        await context.AcknowledgeCardActionAsync(PollsTexts.Texts.Get("Refused", member.Language), ct);
        return false;
    }
}
