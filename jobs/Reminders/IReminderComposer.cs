using ClustER.Jobs.Delivery;

namespace ClustER.Jobs.Reminders;

/// <summary>
/// Writes reminder messages in each member's language and time zone, at send time, so a late reminder
/// says how long is really left. Returns null when the message should no longer go out.
/// </summary>
public interface IReminderComposer
{
    /// <summary>The reminder for <paramref name="personId"/>, or null if the subject has since moved, been cancelled or passed.</summary>
    Task<OutboundMessage?> ComposeReminderAsync(string subjectKey, string occurrence, int personId, CancellationToken cancellationToken);

    /// <summary>The notice that a subject moved or was cancelled, or null when there is nothing to say.</summary>
    Task<OutboundMessage?> ComposeNoticeAsync(SubjectNotice notice, int personId, CancellationToken cancellationToken);
}
