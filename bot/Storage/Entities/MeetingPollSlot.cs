namespace ClustER.Bot.Storage.Entities;

/// <summary>One candidate date and time of a <see cref="MeetingPoll"/>.</summary>
public sealed class MeetingPollSlot
{
    public int Id { get; set; }

    public int PollId { get; set; }

    /// <summary>1-based order in the form.</summary>
    public int Position { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>The Yes votes for this slot, kept with the votes (<see cref="MeetingPollVote"/> stays the record).</summary>
    public int YesCount { get; set; }

    /// <summary>The If-need-be votes for this slot.</summary>
    public int IfNeedBeCount { get; set; }

    /// <summary>The No votes for this slot.</summary>
    public int NoCount { get; set; }

    /// <summary>The end of the slot.</summary>
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
}
