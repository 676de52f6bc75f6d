using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// What a feature with staff-only commands tells <see cref="StaffOnly{TFeature}"/>: the refusal it answers and the
/// log line it writes, so each feature keeps its own text and event id while sharing the gate.
/// </summary>
internal interface IStaffOnlyFeature
{
    /// <summary>The polite refusal for someone who is not staff, in <paramref name="language"/>.</summary>
    static abstract string StaffRefusal(string language);

    /// <summary>Logs a refused attempt at <paramref name="command"/>, with the feature's own event id.</summary>
    static abstract void LogStaffRefusal(ILogger logger, int personId, string command);

    /// <summary>The command named in the log when the refused turn is a message rather than a card action.</summary>
    static virtual string MessageCommand(TurnContext context) => context.Text;
}

/// <summary>Lets staff through; tells anyone else politely that this is for staff, and logs the attempt.</summary>
/// <typeparam name="TFeature">The feature whose text and log line are used; also the logger's category.</typeparam>
internal sealed class StaffOnly<TFeature>(ILogger<TFeature> logger)
    where TFeature : IStaffOnlyFeature
{
    /// <summary>True for staff; otherwise answers the refusal, logs the card verb (or the message) and returns false.</summary>
    public Task<bool> AllowAsync(TurnContext context, CancellationToken ct) =>
        AllowAsync(context, context.CardAction?.Verb ?? TFeature.MessageCommand(context), ct);

    /// <summary>True for staff; otherwise answers the refusal, logs <paramref name="command"/> and returns false.</summary>
    public async Task<bool> AllowAsync(TurnContext context, string command, CancellationToken ct)
    {
        MemberContext member = context.Member();
        if (member.IsStaff)
        {
            return true;
        }

        TFeature.LogStaffRefusal(logger, member.PersonId, command);
        await context.AcknowledgeCardActionAsync(TFeature.StaffRefusal(member.Language), ct);
        return false;
    }
}
