using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>Lets staff through; tells anyone else politely that this is for staff, and logs the attempt.</summary>
internal sealed class StaffGate(ILogger<StaffGate> logger)
{
    /// <summary>True for staff; otherwise answers the refusal and returns false.</summary>
    public async Task<bool> AllowAsync(TurnContext context, CancellationToken ct)
    {
        MemberContext member = context.Member();
        if (member.IsStaff)
        {
            return true;
        }

        Log.MeetingCommandRefused(logger, member.PersonId, context.CardAction?.Verb ?? "convene");
        await context.AcknowledgeCardActionAsync(AssembliesTexts.Texts.Get("Refused", member.Language), ct);
        return false;
    }
}
