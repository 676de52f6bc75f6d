namespace ClustER.Jobs.Reminders;

/// <summary>
/// What a reminder is about. Members mute reminders and change offsets per kind; each kind has its
/// own default offsets (<see cref="ReminderOptions"/>).
/// </summary>
public enum ReminderKind
{
    /// <summary>The submission deadline of a call for funding.</summary>
    CallDeadline = 0,

    /// <summary>An event (fair, conference, webinar...).</summary>
    Event = 1,

    /// <summary>A meeting: general assembly, Executive Board, working group.</summary>
    Meeting = 2,

    /// <summary>The registration deadline of an event.</summary>
    RegistrationDeadline = 3,
}
