namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>An event of the association or one it takes part in (<c>events.json</c>).</summary>
public sealed class KnowledgeEvent : KnowledgeEntity
{
    public required string Title { get; set; }

    /// <summary>One of <see cref="KnowledgeVocabulary.EventKinds"/>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset? End { get; set; }

    /// <summary>Venue and city.</summary>
    public string? Location { get; set; }

    /// <summary>The link for remote attendance.</summary>
    public string? Online { get; set; }

    public string? RegistrationUrl { get; set; }

    public DateTimeOffset? RegistrationDeadline { get; set; }

    public List<int> Priorities { get; set; } = [];

    public string? Url { get; set; }

    public string? Summary { get; set; }

    public List<string> Tags { get; set; } = [];
}
