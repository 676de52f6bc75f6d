namespace ClustER.Bot;

/// <summary>Log messages of general assemblies and board meetings.</summary>
internal static partial class Log
{
    // ── Assemblies ──
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "Person {PersonId} is not staff: refused meeting command {Command}")]
    public static partial void MeetingCommandRefused(ILogger logger, int personId, string command);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "The state card of meeting {MeetingId} for staff member {PersonId} was not updated: {Reason}")]
    public static partial void StaffCardNotUpdated(ILogger logger, int meetingId, int personId, string? reason);
}
