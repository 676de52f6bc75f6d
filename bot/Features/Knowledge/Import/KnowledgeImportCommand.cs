using ClustER.Bot.Hosting;

namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// <c>import knowledge FOLDER</c>: validates and imports a knowledge folder into the database, printing what
/// changed or every problem found (file, item, field). A running bot picks the new revision up by itself.
/// </summary>
internal sealed class KnowledgeImportCommand(KnowledgeImporter importer) : IAdminCommand
{
    /// <summary>The words that select the command.</summary>
    public string Name => "import knowledge";

    /// <summary>The arguments, for the usage line.</summary>
    public string Arguments => "FOLDER";

    /// <summary>One line on what the command does.</summary>
    public string Description => "Validate and import calls.json, events.json and faq.json (upsert by id, archive the missing ids).";

    /// <summary>Runs the command with its positional arguments; 0 imported, 1 rejected, 2 usage error.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync($"Usage: {Name} {Arguments}");
            return 2;
        }

        return await RunAsync(arguments[0], output, cancellationToken);
    }

    /// <summary>Imports <paramref name="folder"/>; returns 0 when imported, 1 when rejected (nothing changed).</summary>
    public async Task<int> RunAsync(string folder, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            KnowledgeImportResult result = await importer.ImportAsync(folder, cancellationToken);
            await output.WriteLineAsync($"Imported {Path.GetFullPath(folder)}: {result}");
            return 0;
        }
        catch (KnowledgeValidationException ex)
        {
            await output.WriteLineAsync($"Rejected {Path.GetFullPath(folder)}; the previous knowledge is unchanged:");
            foreach (KnowledgeValidationError error in ex.Errors)
            {
                await output.WriteLineAsync($"  {error}");
            }

            return 1;
        }
    }
}
