namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>A frequently asked question about the association (<c>faq.json</c>).</summary>
public sealed class KnowledgeFaq : KnowledgeEntity
{
    /// <summary>Ways members ask it, in either language.</summary>
    public List<string> Questions { get; set; } = [];

    /// <summary>The answer (Markdown allowed).</summary>
    public required string Answer { get; set; }

    public string? Url { get; set; }
}
