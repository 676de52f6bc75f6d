using ClustER.Bot.Protocol;

namespace ClustER.Bot.Hosting;

/// <summary>What <c>/api/messages</c> answers for a turn: a status, and an invoke body when there is one.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The invoke response body, or null.</param>
internal sealed record TurnOutcome(int Status, AdaptiveCardInvokeResponse? Body)
{
    /// <summary>A turn that needs no body.</summary>
    public static TurnOutcome Ok { get; } = new(StatusCodes.Status200OK, null);

    /// <summary><see cref="Ok"/> as a completed task, shared by every turn that ends with it.</summary>
    public static Task<TurnOutcome> OkTask { get; } = Task.FromResult(Ok);
}
