using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// Something reminders are about, as last seen in its source (knowledge, a convened meeting). The sweep
/// compares this copy with the source each minute: that is how moves and cancellations are noticed,
/// whoever made them and however (an import, a staff edit, a new convocation).
/// </summary>
public sealed class ReminderSubject
{
    /// <summary><c>{source}:{role}:{id}</c>, e.g. <c>knowledge:registration:ev-12</c>.</summary>
    public required string Key { get; set; }

    /// <summary>The source that owns the subject (the key's first part).</summary>
    public required string Source { get; set; }

    /// <summary>What members follow (<c>event:ev-12</c>): an event and its registration deadline share it.</summary>
    public required string ItemKey { get; set; }

    public ReminderKind Kind { get; set; }

    public required string TitleIt { get; set; }

    public required string TitleEn { get; set; }

    public string? Location { get; set; }

    /// <summary>The deadline or start, UTC.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Reminders firing at or before this instant are not sent (first seen, or last moved).</summary>
    public DateTimeOffset ScheduleFrom { get; set; }

    public ReminderAudience Audience { get; set; }

    /// <summary>Working-group priorities, comma-separated, for <see cref="ReminderAudience.WorkingGroups"/>.</summary>
    public string Priorities { get; set; } = string.Empty;

    public bool IsCancelled { get; set; }

    /// <summary>True when the source tells members about changes itself (a convocation update does).</summary>
    public bool NotifiesChangesItself { get; set; }

    /// <summary>A move or cancellation members have not all been told about yet.</summary>
    public SubjectChange? PendingNotice { get; set; }

    /// <summary>The pending notice's occurrence key.</summary>
    public string? PendingNoticeOccurrence { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Who gets a subject's reminders, besides the members who asked for them.</summary>
public enum ReminderAudience
{
    /// <summary>Only members who pressed "Remind me" or asked.</summary>
    Subscribers = 0,

    /// <summary>Every member organisation's representative (general assemblies).</summary>
    Representatives = 1,

    /// <summary>The Executive Board.</summary>
    Board = 2,

    /// <summary>The members of the working groups of the subject's priorities.</summary>
    WorkingGroups = 3,
}
