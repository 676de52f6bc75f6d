using System.Diagnostics;

namespace ClustER.Bot.Connector;

/// <summary>
/// Logs every attempt of a Connector call: method, path, status, time taken and the
/// <c>X-Correlating-OperationId</c> Microsoft support asks for. Never bodies or headers with tokens.
/// </summary>
internal sealed class ConnectorLoggingHandler(ILogger<ConnectorLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = Stopwatch.GetTimestamp();
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                string path = PathOf(request);
                string? correlation = ConnectorErrors.CorrelationId(response);
                Log.ConnectorCallFailed(logger, request.Method.Method, path, (int)response.StatusCode, elapsedMs, correlation);
            }
            else if (logger.IsEnabled(LogLevel.Debug))
            {
                // A success is logged at Debug: the header lookup is paid only when someone reads it.
                string path = PathOf(request);
                string? correlation = ConnectorErrors.CorrelationId(response);
                Log.ConnectorCall(logger, request.Method.Method, path, (int)response.StatusCode, elapsedMs, correlation);
            }

            return response;
        }
        catch (HttpRequestException ex)
        {
            Log.ConnectorUnreachable(logger, ex, request.Method.Method, PathOf(request));
            throw;
        }
    }

    private static string PathOf(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? string.Empty;
}
