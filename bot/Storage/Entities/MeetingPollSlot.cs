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

    /// <summary>The end of the slot.</summary>
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
}
