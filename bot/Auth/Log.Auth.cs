namespace ClustER.Bot;

/// <summary>Log messages of inbound authentication. Tokens are never logged, not even in part.</summary>
internal static partial class Log
{
    // ── Auth ──
    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Rejected a bearer token ({ErrorType}): {Reason}")]
    public static partial void TokenRejected(ILogger logger, string errorType, string reason);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Rejected a request to {Path} without a bearer token")]
    public static partial void TokenMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Could not load the OpenID metadata at {MetadataUrl}")]
    public static partial void MetadataUnavailable(ILogger logger, Exception exception, string metadataUrl);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "A token names signing key {KeyId}, which the issuer does not publish; refreshing its keys")]
    public static partial void SigningKeyUnknown(ILogger logger, string? keyId);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Rejected activity {ActivityId}: the token's signing key is not endorsed for channel {ChannelId}")]
    public static partial void ChannelNotEndorsed(ILogger logger, string? activityId, string? channelId);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Local anonymous mode: turned away a caller that is not on loopback ({RemoteAddress})")]
    public static partial void AnonymousCallerNotLoopback(ILogger logger, string? remoteAddress);
}
