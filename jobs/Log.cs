using Microsoft.Extensions.Logging;

namespace ClustER.Jobs;

/// <summary>Source-generated log messages of the jobs, grouped by component.</summary>
internal static partial class Log
{
    // ── Fan-out ──
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Fan-out {Kind} {SubjectId} {Occurrence}: {Sent}/{Total} sent, {Failed} failed, {Unreachable} unreachable")]
    public static partial void FanOutFinished(ILogger logger, string kind, string subjectId, string occurrence, int sent, int total, int failed, int unreachable);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Delivery of {Kind} {SubjectId} to person {PersonId} failed unexpectedly")]
    public static partial void DeliveryCrashed(ILogger logger, Exception exception, string kind, string subjectId, int personId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Fan-out {Kind} {SubjectId} {Occurrence} cancelled: {Released} claims not started given back for the next run")]
    public static partial void FanOutInterrupted(ILogger logger, string kind, string subjectId, string occurrence, int released);

    // ── Reminders ──
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Dropped {Count} reminders of {SubjectKey} ({Occurrence}): missed by more than the grace window")]
    public static partial void RemindersDropped(ILogger logger, int count, string subjectKey, string occurrence);
}
