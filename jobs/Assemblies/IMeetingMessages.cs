using ClustER.Jobs.Delivery;

namespace ClustER.Jobs.Assemblies;

/// <summary>What the convocation jobs need from the bot: who is convened, and each one's message.</summary>
public interface IMeetingMessages
{
    /// <summary>Everyone convened to the meeting (representatives, or board members).</summary>
    Task<IReadOnlyList<int>> ParticipantsAsync(int meetingId, CancellationToken cancellationToken);

    /// <summary>Participants who have not answered yet.</summary>
    Task<IReadOnlyList<int>> NotAnsweredAsync(int meetingId, CancellationToken cancellationToken);

    /// <summary>
    /// The convocation for <paramref name="personId"/> as of change <paramref name="sequence"/>, or null when
    /// the meeting has changed again since (the later change's job sends the current one).
    /// </summary>
    Task<OutboundMessage?> ComposeConvocationAsync(int meetingId, int sequence, int personId, CancellationToken cancellationToken);

    /// <summary>The reminder to answer, or null when the person answered in the meantime.</summary>
    Task<OutboundMessage?> ComposeAnswerReminderAsync(int meetingId, int personId, CancellationToken cancellationToken);
}
