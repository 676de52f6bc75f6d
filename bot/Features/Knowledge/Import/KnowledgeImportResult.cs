namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>What an import changed.</summary>
/// <param name="Revision">The knowledge revision it committed.</param>
/// <param name="Added">New items.</param>
/// <param name="Updated">Items whose content changed in the files.</param>
/// <param name="Unchanged">Items the files did not change (a staff edit of them is kept).</param>
/// <param name="Archived">Items that disappeared from the files.</param>
public sealed record KnowledgeImportResult(long Revision, int Added, int Updated, int Unchanged, int Archived)
{
    public override string ToString() =>
        $"revision {Revision}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Archived} archived";
}
