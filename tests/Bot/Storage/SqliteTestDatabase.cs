using ClustER.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Bot.Storage;

/// <summary>A fresh SQLite file in a temporary folder, set up as the bot sets up its own, deleted afterwards.</summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private SqliteTestDatabase(string folder)
    {
        Folder = folder;
        Options = new DbContextOptionsBuilder<SqliteBotDbContext>()
            .UseSqlite(StorageConnection.SqliteFile(FilePath))
            .AddInterceptors(SqliteConnectionPragmas.Instance)
            .Options;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, StorageConnection.SqliteFileName);

    public DbContextOptions<SqliteBotDbContext> Options { get; }

    /// <summary>An empty folder and no database file yet.</summary>
    public static SqliteTestDatabase CreateEmpty()
    {
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SqliteTestDatabase(folder);
    }

    /// <summary>A database migrated to the current model.</summary>
    public static async Task<SqliteTestDatabase> CreateMigratedAsync()
    {
        SqliteTestDatabase database = CreateEmpty();
        await using SqliteBotDbContext db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public SqliteBotDbContext NewContext() => new(Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned some other day.
        }

        return ValueTask.CompletedTask;
    }
}
