namespace ClustER.Jobs.Reminders;

/// <summary>
/// What the sweep needs to know of something reminders are about (a call deadline, an event, a meeting).
/// The application database tracks it; its source (knowledge, convened meetings) decides the values.
/// </summary>
/// <param name="Key">The stable key, e.g. <c>meeting:start:12</c> or <c>knowledge:call:hz-2027-health</c>.</param>
/// <param name="Kind">Which defaults, mutes and offsets apply.</param>
/// <param name="DueAt">The deadline or start, UTC.</param>
/// <param name="ScheduleFrom">
/// Reminders whose fire time is not after this instant are not sent: it is when the subject was first seen
/// or last moved, so a new or moved subject gets no burst of "late" reminders for times already past.
/// </param>
public sealed record ReminderSubjectView(string Key, ReminderKind Kind, DateTimeOffset DueAt, DateTimeOffset ScheduleFrom);

/// <summary>A member who gets a subject's reminders, with what decides their fire times.</summary>
/// <param name="PersonId">The member.</param>
/// <param name="TimeZoneId">Their IANA time zone.</param>
/// <param name="Since">When they started following the subject (e.g. pressed "Remind me"); null = always.</param>
/// <param name="Offsets">Their offsets for the subject's kind (their own choice or the defaults).</param>
public sealed record ReminderRecipient(int PersonId, string TimeZoneId, DateTimeOffset? Since, IReadOnlyList<TimeSpan> Offsets);

/// <summary>A change members must be told about once: a subject moved or was cancelled.</summary>
/// <param name="SubjectKey">The subject.</param>
/// <param name="Change">Moved or cancelled.</param>
/// <param name="Occurrence">Which change (the new due instant for a move); with the key, the ledger's once-only key.</param>
public sealed record SubjectNotice(string SubjectKey, SubjectChange Change, string Occurrence);

/// <summary>The changes members are told about.</summary>
public enum SubjectChange
{
    Moved = 0,
    Cancelled = 1,
}
