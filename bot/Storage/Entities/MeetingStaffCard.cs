namespace ClustER.Bot.Storage.Entities;

/// <summary>A staff member's RSVP state card, updated in place as answers arrive.</summary>
public sealed class MeetingStaffCard
{
    public int MeetingId { get; set; }

    public int PersonId { get; set; }

    /// <summary>The card's activity id in the staff member's chat.</summary>
    public required string ActivityId { get; set; }
}
