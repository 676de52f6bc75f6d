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
        string path = request.RequestUri?.AbsolutePath ?? string.Empty;
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            string? correlation = ConnectorErrors.CorrelationId(response);
            if (response.IsSuccessStatusCode)
            {
                Log.ConnectorCall(logger, request.Method.Method, path, (int)response.StatusCode, elapsedMs, correlation);
            }
            else
            {
                Log.ConnectorCallFailed(logger, request.Method.Method, path, (int)response.StatusCode, elapsedMs, correlation);
            }

            return response;
        }
        catch (HttpRequestException ex)
        {
            Log.ConnectorUnreachable(logger, ex, request.Method.Method, path);
            throw;
        }
    }
}
