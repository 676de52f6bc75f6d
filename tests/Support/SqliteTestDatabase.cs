using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Support;

/// <summary>A real SQLite database file in a temp folder, with the bot's schema, deleted on dispose.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clust-er-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "test.db")};Pooling=False";
        using BotDbContext db = CreateContext();
        db.Database.EnsureCreated();
    }

    public string ConnectionString { get; }

    public BotDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Adds people with these ids (deliveries and subscriptions refer to people).</summary>
    public SqliteTestDatabase WithPeople(IEnumerable<int> ids)
    {
        using BotDbContext db = CreateContext();
        foreach (int id in ids)
        {
            db.People.Add(new ClustER.Bot.Storage.Entities.Person { Id = id, Name = $"Person {id}" });
        }

        db.SaveChanges();
        return this;
    }

    /// <summary>A context factory over this database, as the bot registers one.</summary>
    public IDbContextFactory<BotDbContext> Factory => new ContextFactory(this);

    private sealed class ContextFactory(SqliteTestDatabase database) : IDbContextFactory<BotDbContext>
    {
        public BotDbContext CreateDbContext() => database.CreateContext();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS eventually.
        }
    }
}
