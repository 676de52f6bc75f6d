using System.Text.Json;

namespace ClustER.Bot.Connector;

/// <summary>Turns a failed Connector response into a <see cref="ConnectorException"/> with its error code.</summary>
internal static class ConnectorErrors
{
    /// <summary>Reads <c>{"error":{"code":...,"message":...}}</c> when the body has it.</summary>
    public static async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? code = null;
        string message = $"Connector answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        try
        {
            string body = await response.Content.ReadAsStringAsync(ct);
            if (body.Length > 0)
            {
                using JsonDocument doc = JsonDocument.Parse(body);
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out JsonElement error))
                {
                    code = error.TryGetProperty("code", out JsonElement c) ? c.GetString() : null;
                    if (error.TryGetProperty("message", out JsonElement m) && m.GetString() is { } text)
                    {
                        message = $"{message} {text}";
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A non-JSON error body (a proxy's HTML page, say) still leaves the status code to act on.
        }

        return new ConnectorException(response.StatusCode, code, message);
    }
}
