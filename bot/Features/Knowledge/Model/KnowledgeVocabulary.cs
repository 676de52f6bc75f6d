namespace ClustER.Bot.Features.Knowledge.Model;

/// <summary>The closed vocabularies of the knowledge format (docs/knowledge-format.md).</summary>
public static class KnowledgeVocabulary
{
    /// <summary>Who may apply to a call.</summary>
    public static IReadOnlyList<string> Eligibility { get; } =
        ["sme", "startup", "large-company", "university", "research-centre", "hospital", "association", "public-body"];

    /// <summary>The kinds of event.</summary>
    public static IReadOnlyList<string> EventKinds { get; } =
        ["general-assembly", "board-meeting", "wg-meeting", "fair", "conference", "workshop", "webinar", "mission", "roadshow", "other"];

    /// <summary>The number of strategic priorities (1 to this).</summary>
    public const int PriorityCount = 11;
}
