namespace ClustER.Bot.Storage.Entities;

/// <summary>One invitee's answer for one slot; at most one row per (slot, person).</summary>
public sealed class MeetingPollVote
{
    public int PollId { get; set; }

    public int SlotId { get; set; }

    public int PersonId { get; set; }

    public PollAnswer Answer { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An answer for one slot, Doodle style.</summary>
public enum PollAnswer
{
    No = 0,
    IfNeedBe = 1,
    Yes = 2,
}
