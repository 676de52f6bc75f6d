namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>A span of time named in a question, from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive).</summary>
/// <param name="From">The start, or null for "any time before".</param>
/// <param name="To">The end (exclusive), or null for "any time after".</param>
public sealed record TimeRange(DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>True when <paramref name="instant"/> falls in the range.</summary>
    public bool Contains(DateTimeOffset instant) => (From is null || instant >= From) && (To is null || instant < To);

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>] overlaps the range.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => (From is null || end >= From) && (To is null || start < To);

    /// <summary>The same range starting no earlier than <paramref name="now"/>.</summary>
    public TimeRange NotBefore(DateTimeOffset now) => From is { } from && from >= now ? this : this with { From = now };
}
