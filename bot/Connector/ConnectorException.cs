using System.Net;

namespace ClustER.Bot.Connector;

/// <summary>A Connector call that failed for good (after any retries).</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception from the final HTTP status and the error sub-code, if any.</summary>
    public ConnectorException(HttpStatusCode statusCode, string? subCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        SubCode = subCode;
    }

    /// <summary>Creates the exception for a throttled call, with the wait the Connector asked for.</summary>
    public ConnectorException(HttpStatusCode statusCode, string? subCode, string message, TimeSpan? retryAfter)
        : this(statusCode, subCode, message)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the last attempt.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The Connector's error code, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? SubCode { get; }

    /// <summary>How long the Connector asked to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// True when the member can no longer be reached (blocked or uninstalled the bot, or the
    /// conversation is gone): retrying will not help and the member is marked unreachable.
    /// </summary>
    public bool IsRecipientUnreachable =>
        (StatusCode == HttpStatusCode.Forbidden
            && SubCode is "MessageWritesBlocked" or "ConversationBlockedByUser" or "BotNotInConversationRoster" or "BotDisabledByAdmin")
        || StatusCode == HttpStatusCode.NotFound;

    /// <summary>True for failures worth trying again later (throttling, server errors, timeouts).</summary>
    public bool IsTransient =>
        StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            or HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError;

    /// <summary>Creates a generic failure (HTTP 500), for tests and stores.</summary>
    public ConnectorException()
        : this(HttpStatusCode.InternalServerError, null, "Connector call failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message)
        : this(HttpStatusCode.InternalServerError, null, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public ConnectorException(string message, Exception innerException)
        : this(HttpStatusCode.InternalServerError, null, message, innerException)
    {
    }
}
