using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>What a member's question asks, as the search uses it (see <see cref="QuestionParser"/>).</summary>
public sealed record ParsedQuestion
{
    /// <summary>The question as written (after the message guard's cap).</summary>
    public required string Text { get; init; }

    /// <summary>The kinds asked for; empty = any kind.</summary>
    public IReadOnlySet<KnowledgeKind> Kinds { get; init; } = new HashSet<KnowledgeKind>();

    /// <summary>The event kinds asked for; empty = any event.</summary>
    public IReadOnlySet<string> EventKinds { get; init; } = new HashSet<string>();

    /// <summary>Programme keys; a call must match one of them.</summary>
    public IReadOnlyList<string> Programmes { get; init; } = [];

    /// <summary>Eligibility values; a call must admit one of them.</summary>
    public IReadOnlySet<string> Eligibility { get; init; } = new HashSet<string>();

    /// <summary>Place keys; an event must be in one of them.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Strategic priorities named by number ("priorità 5", "WG5").</summary>
    public IReadOnlySet<int> Priorities { get; init; } = new HashSet<int>();

    /// <summary>The content words an item must match.</summary>
    public IReadOnlyList<Concept> Concepts { get; init; } = [];

    /// <summary>The time named, if any.</summary>
    public TimeRange? Time { get; init; }

    public QuestionStatus Status { get; init; }

    /// <summary>"next"/"prossimo": the soonest upcoming item first.</summary>
    public bool Next { get; init; }

    /// <summary>What is asked about the item: <c>where</c>, <c>when</c>, <c>deadline</c>, <c>registration</c>.</summary>
    public IReadOnlySet<string> Facets { get; init; } = new HashSet<string>();

    /// <summary>Every content word, kind words included: what an FAQ answer's questions are matched on.</summary>
    public IReadOnlyList<Concept> FaqConcepts { get; init; } = [];

    /// <summary>True when phrased as a question about the association ("come si...", "how do I...", "what is..."): FAQ answers are favoured.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>True when the question said anything the search can use.</summary>
    public bool IsUnderstood =>
        Kinds.Count > 0 || EventKinds.Count > 0 || Programmes.Count > 0 || Eligibility.Count > 0 || Places.Count > 0
        || Priorities.Count > 0 || Concepts.Count > 0 || Time is not null || Status != QuestionStatus.Default || Next;

    /// <summary>True when the kind <paramref name="kind"/> may answer the question.</summary>
    public bool Allows(KnowledgeKind kind) =>
        Kinds.Count == 0 ? kind != KnowledgeKind.Faq || (EventKinds.Count == 0 && Time is null && Status == QuestionStatus.Default && !Next) : Kinds.Contains(kind);
}
