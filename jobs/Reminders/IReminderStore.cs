namespace ClustER.Jobs.Reminders;

/// <summary>
/// The reminder state in the application database, as the sweep needs it. The database is the truth:
/// the sweep keeps nothing between runs, so a lost or repeated run changes nothing.
/// </summary>
public interface IReminderStore
{
    /// <summary>
    /// Compares the tracked subjects with their sources (knowledge, convened meetings): adds new ones, and
    /// records a pending notice for each move or cancellation of an upcoming subject.
    /// </summary>
    Task ReconcileAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The notices recorded by <see cref="ReconcileAsync"/> and not yet completed.</summary>
    Task<IReadOnlyList<SubjectNotice>> ListPendingNoticesAsync(CancellationToken cancellationToken);

    /// <summary>Marks a notice as delivered to everyone it could reach.</summary>
    Task CompleteNoticeAsync(SubjectNotice notice, CancellationToken cancellationToken);

    /// <summary>The subjects not cancelled whose due instant lies in (<paramref name="after"/>, <paramref name="before"/>].</summary>
    Task<IReadOnlyList<ReminderSubjectView>> ListScheduledAsync(DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Who gets the reminders of a subject now: its audience less muted and opted-out members.</summary>
    Task<IReadOnlyList<ReminderRecipient>> ListRecipientsAsync(string subjectKey, CancellationToken cancellationToken);

    /// <summary>
    /// Records reminders missed by more than the grace window (downtime) as dropped, once per recipient;
    /// returns how many were newly dropped.
    /// </summary>
    Task<int> RecordDroppedAsync(string subjectKey, string occurrence, IReadOnlyCollection<int> personIds, string reason, CancellationToken cancellationToken);
}
