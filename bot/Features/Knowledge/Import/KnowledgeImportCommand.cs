namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// <c>import knowledge FOLDER</c>: validates and imports a knowledge folder into the database, printing what
/// changed or every problem found (file, item, field). A running bot picks the new revision up by itself.
/// </summary>
internal sealed class KnowledgeImportCommand(KnowledgeImporter importer)
{
    /// <summary>Runs the import; returns the process exit code (0 imported, 1 rejected).</summary>
    public async Task<int> RunAsync(string folder, CancellationToken cancellationToken = default)
    {
        try
        {
            KnowledgeImportResult result = await importer.ImportAsync(folder, cancellationToken);
            Console.Out.WriteLine($"Imported {Path.GetFullPath(folder)}: {result}");
            return 0;
        }
        catch (KnowledgeValidationException ex)
        {
            Console.Error.WriteLine($"Rejected {Path.GetFullPath(folder)}; the previous knowledge is unchanged:");
            foreach (KnowledgeValidationError error in ex.Errors)
            {
                Console.Error.WriteLine($"  {error}");
            }

            return 1;
        }
    }
}
