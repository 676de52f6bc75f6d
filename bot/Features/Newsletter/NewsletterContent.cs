using System.Text.Json.Serialization;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// One issue's content, independent of how it is shown: rendered as an Adaptive Card in each member's
/// language and, when SMTP is configured, as an HTML e-mail. Frozen as JSON on the issue.
/// </summary>
internal sealed record NewsletterContent(
    DateTimeOffset BuiltAt,
    string? Intro,
    IReadOnlyList<NewsEntry> News,
    IReadOnlyList<EventEntry> Events,
    IReadOnlyList<CallEntry> Calls,
    IReadOnlyList<HighlightEntry> Highlights)
{
    /// <summary>True when there is nothing to tell.</summary>
    [JsonIgnore]
    public bool IsEmpty => News.Count == 0 && Events.Count == 0 && Calls.Count == 0 && string.IsNullOrWhiteSpace(Intro);
}

/// <summary>A news item as the issue carries it.</summary>
internal sealed record NewsEntry(int Id, string Title, string Body, string? Url, int? Priority);

/// <summary>An event of the coming weeks.</summary>
internal sealed record EventEntry(string Id, string Title, DateTimeOffset Start, string? Location, string? Url, IReadOnlyList<int> Priorities);

/// <summary>A call whose deadline is near.</summary>
internal sealed record CallEntry(string Id, string Title, string? Programme, DateTimeOffset Deadline, string? Url, IReadOnlyList<int> Priorities);

/// <summary>What concerns one working group (strategic priority), by title.</summary>
internal sealed record HighlightEntry(int Priority, IReadOnlyList<string> Titles);

/// <summary>The serializer context of the frozen content.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NewsletterContent))]
internal sealed partial class NewsletterJsonContext : JsonSerializerContext;
