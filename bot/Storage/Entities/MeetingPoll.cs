namespace ClustER.Bot.Storage.Entities;

/// <summary>
/// A scheduling poll for a working-group meeting (Doodle-like): candidate slots, a vote deadline, and once
/// closed the chosen slot, which becomes the meeting.
/// </summary>
public sealed class MeetingPoll
{
    public int Id { get; set; }

    /// <summary>The working group (strategic priority number, 1 to 11) whose members are invited.</summary>
    public int Priority { get; set; }

    public required string Title { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    /// <summary>Votes are accepted until this instant; the close job runs at it.</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>True: every invitee sees the tallies; false: only staff and the group's coordinators.</summary>
    public bool VotesVisibleToAll { get; set; }

    public int CreatedByPersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The id of the form card it was created from (unique), so submitting that card again creates nothing.</summary>
    public string? FormId { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public int? ChosenSlotId { get; set; }

    /// <summary>Raised at each close or override: the result's fan-out occurrence and the invitation's SEQUENCE.</summary>
    public int ResultSequence { get; set; }

    /// <summary>How many people have voted: kept with the votes, so a vote's answer need not count them all.</summary>
    public int VoterCount { get; set; }

    /// <summary>
    /// Raised by every vote and by the close, as their first write: on SQL Server that takes the poll's row for the
    /// rest of the transaction, so votes on one poll and its close take turns (SQLite's single writer does the same).
    /// </summary>
    public int TallyVersion { get; set; }

    /// <summary>The iCalendar UID of the meeting, the same across overrides.</summary>
    public required string Uid { get; set; }

    /// <summary>The Hangfire id of the scheduled close, replaced when the deadline moves.</summary>
    public string? CloseJobId { get; set; }

    /// <summary>The Hangfire id of the scheduled reminder to non-voters.</summary>
    public string? ReminderJobId { get; set; }

    public List<MeetingPollSlot> Slots { get; set; } = [];
}
