namespace ClustER.Bot;

/// <summary>Log messages of the member directory (EventIds 3200-3299).</summary>
internal static partial class Log
{
    // ── Member directory ──
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Imported members from {Source}: {Accepted} record(s) accepted, {Rejected} rejected")]
    public static partial void MembersImported(ILogger logger, string source, int accepted, int rejected);
}
