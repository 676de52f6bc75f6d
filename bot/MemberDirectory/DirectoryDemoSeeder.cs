using ClustER.Bot.MemberDirectory.Import;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Seeding;

namespace ClustER.Bot.MemberDirectory;

/// <summary>
/// Loads the demo directory (<c>DemoData/members.csv</c>) through the member import, so the demo file is
/// also the sample of the import format and is checked like any other file.
/// </summary>
internal sealed class DirectoryDemoSeeder(MemberImporter importer) : IDemoDataSeeder
{
    /// <summary>The demo directory's file name in the demo folder.</summary>
    public const string FileName = "members.csv";

    public int Order => 0;

    public async Task SeedAsync(BotDbContext db, string folder, CancellationToken cancellationToken)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        MemberImportReport report = await importer.ImportFileAsync(path, cancellationToken);
        if (report.Rejected.Count > 0)
        {
            throw new InvalidOperationException($"The demo directory {path} has invalid records:{Environment.NewLine}{report.Format()}");
        }
    }
}
