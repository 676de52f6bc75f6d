using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Conversation;

/// <summary>Gives handlers the member of the turn.</summary>
public static class TurnContextMemberExtensions
{
    private const string Key = "clust-er.member";

    /// <summary>The member resolved for this turn.</summary>
    /// <exception cref="InvalidOperationException">The turn has no sender (e.g. a system event).</exception>
    public static MemberContext Member(this TurnContext context) =>
        context.TryGetMember() ?? throw new InvalidOperationException("This turn has no member: the activity had no sender.");

    /// <summary>The member resolved for this turn, or null when the activity had no sender.</summary>
    public static MemberContext? TryGetMember(this TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out object? value) ? value as MemberContext : null;
    }

    /// <summary>Records the member (done by <see cref="MemberMiddleware"/>).</summary>
    internal static void SetMember(this TurnContext context, MemberContext member) => context.Items[Key] = member;
}
