namespace ClustER.Bot;

/// <summary>Log messages of the outbound Connector client. Tokens and message bodies are never logged.</summary>
internal static partial class Log
{
    // ── Connector ──
    [LoggerMessage(EventId = 1400, Level = LogLevel.Debug, Message = "Connector {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms (X-Correlating-OperationId {CorrelationId})")]
    public static partial void ConnectorCall(ILogger logger, string method, string path, int statusCode, double elapsedMs, string? correlationId);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Connector {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms (X-Correlating-OperationId {CorrelationId})")]
    public static partial void ConnectorCallFailed(ILogger logger, string method, string path, int statusCode, double elapsedMs, string? correlationId);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Connector {Method} {Path} could not be reached")]
    public static partial void ConnectorUnreachable(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Debug, Message = "Acquired a Connector token valid until {ExpiresAt}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Error, Message = "The token endpoint answered {StatusCode}: {Body}")]
    public static partial void TokenRequestFailed(ILogger logger, int statusCode, string body);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "Refused to send to serviceUrl {ServiceUrl}: it was never seen on an authenticated activity")]
    public static partial void UntrustedServiceUrl(ILogger logger, string serviceUrl);
}
