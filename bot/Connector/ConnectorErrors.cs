using System.Net;
using System.Text.Json;
using Polly.Timeout;

namespace ClustER.Bot.Connector;

/// <summary>Turns a failed Connector call into a <see cref="ConnectorException"/> with its error code.</summary>
internal static class ConnectorErrors
{
    /// <summary>The header every Connector response carries, quoted when asking Microsoft for support.</summary>
    public const string CorrelationHeader = "X-Correlating-OperationId";

    /// <summary>
    /// Reads the error code from <c>{"error":{"code":...,"message":...}}</c>; a more specific
    /// <c>subCode</c> (inside <c>error</c> or beside it) wins over <c>code</c>.
    /// </summary>
    public static async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? code = null;
        string message = $"Connector answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        if (CorrelationId(response) is { } correlation)
        {
            message += $" {CorrelationHeader}: {correlation}.";
        }

        try
        {
            string body = await response.Content.ReadAsStringAsync(ct);
            if (body.Length > 0)
            {
                using JsonDocument doc = JsonDocument.Parse(body);
                (code, string? text) = ReadError(doc.RootElement);
                if (text is not null)
                {
                    message = $"{message} {text}";
                }
            }
        }
        catch (JsonException)
        {
            // A non-JSON error body (a proxy's HTML page, say) still leaves the status code to act on.
        }

        return new ConnectorException(response.StatusCode, code, message, RetryAfter(response, DateTimeOffset.UtcNow));
    }

    /// <summary>Wraps a transport failure or a timeout of the resilience pipeline.</summary>
    public static ConnectorException FromTransport(Exception exception) => exception switch
    {
        TimeoutRejectedException => new ConnectorException(HttpStatusCode.RequestTimeout, "Timeout",
            "The Connector did not answer in time (after retries).", exception),
        _ => new ConnectorException(HttpStatusCode.ServiceUnavailable, "ConnectionFailed",
            $"The Connector could not be reached: {exception.Message}", exception),
    };

    /// <summary>The wait a response asks for, as a delay or a date; null when it names none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        TimeSpan? wait = retryAfter.Delta ?? (retryAfter.Date - now);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>The <c>X-Correlating-OperationId</c> of a response, if any.</summary>
    public static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private static (string? Code, string? Message) ReadError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        string? subCode = StringProperty(root, "subCode");
        if (!root.TryGetProperty("error", out JsonElement error) || error.ValueKind != JsonValueKind.Object)
        {
            return (subCode ?? StringProperty(root, "code"), StringProperty(root, "message"));
        }

        return (StringProperty(error, "subCode") ?? subCode ?? StringProperty(error, "code"), StringProperty(error, "message"));
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
