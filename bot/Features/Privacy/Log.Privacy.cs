namespace ClustER.Bot;

/// <summary>Log messages of members' data rights (export, erasure). Never the person's data, only ids.</summary>
internal static partial class Log
{
    // ── Privacy ──
    [LoggerMessage(EventId = 4700, Level = LogLevel.Information, Message = "Person {PersonId} erased (requested by staff member {StaffId})")]
    public static partial void PersonErased(ILogger logger, int personId, int? staffId);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Export link issued for person {PersonId} (requested by person {RequesterId})")]
    public static partial void ExportLinkIssued(ILogger logger, int personId, int requesterId);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning, Message = "Person {PersonId} is not staff: refused data-rights command {Command} for another person")]
    public static partial void PrivacyCommandRefused(ILogger logger, int personId, string command);
}
