namespace ClustER.Bot;

/// <summary>Log messages of the operations: jobs, health, dashboard (EventIds 3100-3199).</summary>
internal static partial class Log
{
    // ── Jobs ──
    [LoggerMessage(EventId = 3100, Level = LogLevel.Error, Message = "The start-up recovery {Recovery} failed; its unfinished work was not re-enqueued")]
    public static partial void JobRecoveryFailed(ILogger logger, Exception exception, string recovery);

    // ── Health ──
    [LoggerMessage(EventId = 3110, Level = LogLevel.Warning, Message = "Health check {Check} failed")]
    public static partial void HealthCheckFailed(ILogger logger, Exception exception, string check);

    // ── Dashboard ──
    [LoggerMessage(EventId = 3120, Level = LogLevel.Warning, Message = "Refused the jobs dashboard to {RemoteAddress}: without staff sign-in it is open to this machine only")]
    public static partial void DashboardRefused(ILogger logger, string remoteAddress);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Warning, Message = "Refused the jobs dashboard to object id {ObjectId}: not staff")]
    public static partial void DashboardNotStaff(ILogger logger, string objectId);
}
