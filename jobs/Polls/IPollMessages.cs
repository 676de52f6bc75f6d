using ClustER.Jobs.Delivery;

namespace ClustER.Jobs.Polls;

/// <summary>What the meeting-poll jobs need from the bot: who is invited, each one's message, and the close.</summary>
public interface IPollMessages
{
    /// <summary>Everyone invited: the members of the poll's working group.</summary>
    Task<IReadOnlyList<int>> InviteesAsync(int pollId, CancellationToken cancellationToken);

    /// <summary>Invitees who have not voted for any slot yet.</summary>
    Task<IReadOnlyList<int>> NotVotedAsync(int pollId, CancellationToken cancellationToken);

    /// <summary>True while the poll is open and its deadline is within the reminder lead time.</summary>
    Task<bool> ReminderDueAsync(int pollId, CancellationToken cancellationToken);

    /// <summary>The poll card for <paramref name="personId"/>, or null when the poll is gone.</summary>
    Task<OutboundMessage?> ComposeInvitationAsync(int pollId, int personId, CancellationToken cancellationToken);

    /// <summary>The reminder to vote, or null when the person has voted or the poll is closed.</summary>
    Task<OutboundMessage?> ComposeReminderAsync(int pollId, int personId, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the poll if its deadline has passed (choosing the slot) and returns its result sequence; returns
    /// the current sequence when it is already closed, and null while it is still open.
    /// </summary>
    Task<int?> CloseIfDueAsync(int pollId, CancellationToken cancellationToken);

    /// <summary>The result (chosen slot, invitation link) as of <paramref name="sequence"/>, or null when superseded.</summary>
    Task<OutboundMessage?> ComposeResultAsync(int pollId, int sequence, int personId, CancellationToken cancellationToken);
}
