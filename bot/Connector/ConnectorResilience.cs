using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace ClustER.Bot.Connector;

/// <summary>
/// The Connector client's resilience pipeline (total timeout, retry, attempt timeout) and the pure
/// decisions behind it: what is retried, and how long to wait.
/// </summary>
internal static class ConnectorResilience
{
    /// <summary>The name of the pipeline, in logs and metrics.</summary>
    public const string PipelineName = "connector";

    /// <summary>
    /// True when a response is worth another attempt: 429 (unless it asks for a longer wait than we hold a
    /// call for), 408, 412, 502, 503 and 504. Never other 4xx; not 500 either, which the Connector uses for
    /// failures a retry does not fix, and which may follow a message that was in fact posted.
    /// </summary>
    public static bool ShouldRetry(HttpStatusCode status, TimeSpan? retryAfter, TimeSpan maxRetryAfter) =>
        IsRetryableStatus(status) && (retryAfter is null || retryAfter <= maxRetryAfter);

    /// <summary>The statuses <see cref="ShouldRetry"/> may retry, before the <c>Retry-After</c> cap applies.</summary>
    private static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Builds the pipeline from <see cref="ConnectorOptions"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(context);
        ConnectorOptions options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        TimeProvider time = TimeProvider.System;
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout })
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = false, // DelayGenerator below, so that MaxRetryAfter applies
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    // The status first: a success (every turn's reply) never parses the headers for Retry-After.
                    { Result: { } response } => IsRetryableStatus(response.StatusCode)
                        && ShouldRetry(response.StatusCode, ConnectorErrors.RetryAfter(response, time.GetUtcNow()), options.MaxRetryAfter),
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? ConnectorErrors.RetryAfter(response, time.GetUtcNow()) : null),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }
}
