using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Search;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// The knowledge members search, as of one revision: the live (not archived) items and their full-text
/// index. Immutable: an import builds a new snapshot and swaps it in whole.
/// </summary>
internal sealed class KnowledgeSnapshot
{
    private readonly Dictionary<(KnowledgeKind, string), KnowledgeItem> _byId;

    public KnowledgeSnapshot(long revision, IReadOnlyList<KnowledgeItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Revision = revision;
        Items = items;
        _byId = items.ToDictionary(i => (i.Kind, i.Id));
        Index = KnowledgeIndex.Build(items);
    }

    /// <summary>An empty snapshot, before the first load.</summary>
    public static KnowledgeSnapshot Empty { get; } = new(0, []);

    /// <summary>The revision (<see cref="KnowledgeRevision.Id"/>) it was loaded at.</summary>
    public long Revision { get; }

    /// <summary>The live items; the index reports positions in this list.</summary>
    public IReadOnlyList<KnowledgeItem> Items { get; }

    public KnowledgeIndex Index { get; }

    /// <summary>The live item of that kind and id, or null (unknown or archived).</summary>
    public KnowledgeItem? Find(KnowledgeKind kind, string id) => _byId.GetValueOrDefault((kind, id));
}
