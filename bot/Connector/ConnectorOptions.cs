using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Connector;

/// <summary>How the Connector client retries and times out (section <c>Connector</c>).</summary>
/// <remarks>
/// Teams asks bots to honour <c>Retry-After</c>, otherwise back off exponentially with jitter, and to
/// retry 412, 502, 503 and 504 a bounded number of times
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
/// </remarks>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest <c>Retry-After</c> waited for in place; a longer one fails the call at once with
    /// <see cref="ConnectorException.RetryAfter"/> set, so a job can be rescheduled instead of holding a thread.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a call may take with all its retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
