namespace ClustER.Bot;

/// <summary>Log messages of reminders.</summary>
internal static partial class Log
{
    // ── Reminders ──
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Hangfire is not configured in this host: the reminder sweep is not scheduled")]
    public static partial void ReminderSweepNotScheduled(ILogger logger);
}
