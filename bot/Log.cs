namespace ClustER.Bot;

/// <summary>Source-generated log messages of the bot, grouped by component.</summary>
internal static partial class Log
{
    // ── Turn pipeline ──
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Activity {ActivityId} was already processed; answering as before")]
    public static partial void DuplicateActivity(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Turn failed for activity {ActivityId} ({ActivityType})")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string activityType);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "No route for {ActivityType} activity {ActivityId}")]
    public static partial void NoRoute(ILogger logger, string activityType, string? activityId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Route {RouteName} handles activity {ActivityId}")]
    public static partial void RouteSelected(ILogger logger, string routeName, string? activityId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Could not send the apology for activity {ActivityId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? activityId);

    // ── Endpoint ──
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Rejected a malformed activity: {Reason}")]
    public static partial void MalformedActivity(ILogger logger, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Rejected activity {ActivityId}: its serviceUrl is not the one in the token")]
    public static partial void ServiceUrlMismatch(ILogger logger, string? activityId);

    // ── Startup ──
    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "!!! LOCAL ANONYMOUS MODE: Bot:MicrosoftAppId is not set. /api/messages accepts unauthenticated requests from loopback only. Never run like this in production. !!!")]
    public static partial void AnonymousMode(ILogger logger);

    // ── Delivery ──
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Person {PersonId} is unreachable (Connector {StatusCode} {SubCode}); proactive messages to them stop")]
    public static partial void RecipientUnreachable(ILogger logger, int personId, int statusCode, string? subCode);
}
