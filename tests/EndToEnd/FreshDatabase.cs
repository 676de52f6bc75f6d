using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// Stopgap until the bot creates its database at start (issue 2, storage): when the bot has no EF migrations,
/// the schema is created in its fresh data directory before the bot starts, since its start-up already reads
/// the database. As soon as the bot has migrations this does nothing and the bot's own start-up is what the
/// tests exercise. Remove it then.
/// </summary>
internal static class FreshDatabase
{
    /// <summary>Creates the schema in <paramref name="dataDirectory"/> when the bot has no migrations of its own.</summary>
    public static void EnsureSchema(string dataDirectory)
    {
        var storage = new StorageOptions { Provider = StorageProviders.Sqlite, DataDirectory = dataDirectory };
        string connectionString = StorageConnection.For(storage, new ConfigurationBuilder().Build());
        using var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(connectionString).Options);
        if (!db.Database.GetMigrations().Any())
        {
            db.Database.EnsureCreated();
        }
    }
}
