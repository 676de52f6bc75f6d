namespace ClustER.Bot;

/// <summary>Log messages of working-group meeting polls.</summary>
internal static partial class Log
{
    // ── Polls ──
    [LoggerMessage(EventId = 4600, Level = LogLevel.Warning, Message = "Person {PersonId} is neither staff nor a coordinator of WG {Priority}: refused poll command {Command}")]
    public static partial void PollCommandRefused(ILogger logger, int personId, string command, int priority);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Meeting poll {PollId} for WG {Priority} created by person {PersonId} with {Slots} slots")]
    public static partial void PollCreated(ILogger logger, int pollId, int priority, int personId, int slots);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Person {PersonId} voted on closed meeting poll {PollId}: refused")]
    public static partial void PollVoteAfterClose(ILogger logger, int pollId, int personId);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information, Message = "Meeting poll {PollId} closed by person {PersonId}, slot {SlotId} chosen (result {Sequence})")]
    public static partial void PollClosedByStaff(ILogger logger, int pollId, int personId, int? slotId, int sequence);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Information, Message = "Meeting poll {PollId}'s form submitted again by person {PersonId}: nothing created")]
    public static partial void PollFormSubmittedAgain(ILogger logger, int pollId, int personId);
}
