using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// A validated knowledge folder, ready to apply. A null list means the file was absent: that kind is
/// left as it is (an empty array, <c>[]</c>, archives every item of the kind).
/// </summary>
/// <param name="Source">The folder it was read from.</param>
/// <param name="Calls">The calls with their content hashes, or null.</param>
/// <param name="Events">The events with their content hashes, or null.</param>
/// <param name="Faqs">The FAQ answers with their content hashes, or null.</param>
internal sealed record KnowledgeFileSet(
    string Source,
    IReadOnlyList<(KnowledgeCall Item, string Hash)>? Calls,
    IReadOnlyList<(KnowledgeEvent Item, string Hash)>? Events,
    IReadOnlyList<(KnowledgeFaq Item, string Hash)>? Faqs);
