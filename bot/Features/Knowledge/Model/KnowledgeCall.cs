namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>A call for funding (<c>calls.json</c>).</summary>
public sealed class KnowledgeCall : KnowledgeEntity
{
    public required string Title { get; set; }

    /// <summary>The funding programme, e.g. <c>Horizon Europe</c>, <c>PNRR</c>.</summary>
    public required string Programme { get; set; }

    /// <summary>Strategic priorities 1-11.</summary>
    public List<int> Priorities { get; set; } = [];

    public DateTimeOffset? Opens { get; set; }

    /// <summary>The submission deadline; null for a rolling call (open until funds run out).</summary>
    public DateTimeOffset? Deadline { get; set; }

    public string? Budget { get; set; }

    /// <summary>Who may apply: <c>sme</c>, <c>startup</c>, <c>university</c>... (see <see cref="KnowledgeVocabulary.Eligibility"/>).</summary>
    public List<string> Eligibility { get; set; } = [];

    public string? Url { get; set; }

    public string? Summary { get; set; }

    public List<string> Tags { get; set; } = [];
}
