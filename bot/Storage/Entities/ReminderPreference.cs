using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Storage.Entities;

/// <summary>A member's choice for one kind of reminder: muted, or their own offsets.</summary>
public sealed class ReminderPreference
{
    public int PersonId { get; set; }

    public ReminderKind Kind { get; set; }

    public bool IsMuted { get; set; }

    /// <summary>Their offsets (<c>3d 1h</c>); null = the defaults.</summary>
    public string? Offsets { get; set; }
}
