using System.Diagnostics;
using System.Globalization;

namespace ClustER.Bot.Operations.Telemetry;

/// <summary>
/// Counts the calls to the Bot Connector by operation and status code (<see cref="BotTelemetry.ConnectorCalls"/>).
/// Added to every HttpClient; it recognises Connector calls by the protocol's <c>/v3/conversations</c> route,
/// so token and metadata requests are not counted.
/// </summary>
internal sealed class ConnectorTelemetryHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? operation = OperationOf(request);
        if (operation is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        string status = "error";
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            return response;
        }
        finally
        {
            BotTelemetry.ConnectorCalls.Add(1, new TagList
            {
                { "operation", operation },
                { "http.request.method", request.Method.Method },
                { "http.response.status_code", status },
            });
        }
    }

    /// <summary>The Connector operation of a request, or null when it is not a Connector call.</summary>
    internal static string? OperationOf(HttpRequestMessage request)
    {
        string path = request.RequestUri?.AbsolutePath ?? string.Empty;
        int at = path.IndexOf("/v3/conversations", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        return (request.Method.Method, SegmentCount(path.AsSpan(at + "/v3/conversations".Length))) switch
        {
            ("POST", 0) => "create_conversation",
            ("POST", 2) => "send_to_conversation",
            ("POST", 3) => "reply_to_activity",
            ("PUT", 3) => "update_activity",
            ("DELETE", 3) => "delete_activity",
            ("GET", _) => "get_members",
            _ => "other",
        };
    }

    /// <summary>The non-empty '/'-separated segments of <paramref name="path"/>, counted without splitting it (every reply passes here).</summary>
    private static int SegmentCount(ReadOnlySpan<char> path)
    {
        int count = 0;
        foreach (Range segment in path.Split('/'))
        {
            if (!path[segment].IsEmpty)
            {
                count++;
            }
        }

        return count;
    }
}
