using ClustER.Bot.Storage.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>
/// Brings the database to the current model at start: WAL mode for SQLite, the pending migrations of the
/// configured provider, and, for the web host only, the demo data on an empty database.
/// </summary>
internal sealed class DatabaseInitializer(BotDbContext db, DemoDataLoader demoData, ILogger<DatabaseInitializer> logger)
{
    /// <summary>Migrates the database, then loads the demo data when <paramref name="loadDemoData"/> is set.</summary>
    public async Task InitializeAsync(bool loadDemoData, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work at once; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        IEnumerable<string> pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        string[] names = [.. pending];
        if (names.Length > 0)
        {
            string list = string.Join(", ", names);
            Log.ApplyingMigrations(logger, names.Length, list);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (loadDemoData)
        {
            await demoData.LoadIfEmptyAsync(cancellationToken);
        }
    }
}
