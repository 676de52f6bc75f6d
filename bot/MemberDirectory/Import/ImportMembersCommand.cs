using ClustER.Bot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary><c>import members FILE.csv</c>: adds or updates members from a CSV file and reports the rejected records.</summary>
internal sealed class ImportMembersCommand(MemberImporter importer) : IAdminCommand
{
    public string Name => "import members";

    public string Arguments => "FILE.csv";

    public string Description => "Add or update members from a CSV file (format: docs/member-import.md).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync($"Usage: dotnet run --project bot -- {Name} {Arguments}");
            return 2;
        }

        try
        {
            MemberImportReport report = await importer.ImportFileAsync(arguments[0], cancellationToken);
            await output.WriteAsync(report.Format());
            return report.Rejected.Count == 0 ? 0 : 1;
        }
        catch (MemberImportFailedException ex)
        {
            await output.WriteLineAsync($"Nothing was imported: {ex.Message}");
            return 2;
        }
        catch (DbUpdateException ex)
        {
            await output.WriteLineAsync($"Nothing was imported: the database refused the changes ({ex.InnerException?.Message ?? ex.Message}).");
            return 1;
        }
    }
}
