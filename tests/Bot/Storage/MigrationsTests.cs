using ClustER.Bot.Storage;
using ClustER.Bot.Storage.DesignTime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClustER.Tests.Bot.Storage;

public sealed class MigrationsTests
{
    [Fact]
    public async Task MigrateAsync_OnFreshFile_CreatesEveryTableAndLeavesNothingPending()
    {
        await using SqliteTestDatabase database = SqliteTestDatabase.CreateEmpty();
        await using SqliteBotDbContext db = database.NewContext();

        await db.Database.MigrateAsync();

        Assert.True(File.Exists(database.FilePath));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        string[] tables = await TablesAsync(db);
        Assert.Superset(new HashSet<string> { "Organisations", "People", "WorkingGroupMemberships", "Conversations", "Deliveries" }, new HashSet<string>(tables));
    }

    [Fact]
    public async Task MigrateAsync_Twice_KeepsTheData()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using (SqliteBotDbContext db = database.NewContext())
        {
            db.Organisations.Add(new() { Name = "Chiesi Farmaceutici" });
            await db.SaveChangesAsync();
        }

        await using SqliteBotDbContext again = database.NewContext();
        await again.Database.MigrateAsync();

        Assert.Equal(1, await again.Organisations.CountAsync());
    }

    [Fact]
    public async Task PollCounters_CountTheVotesCastBeforeThem()
    {
        await using SqliteTestDatabase database = SqliteTestDatabase.CreateEmpty();
        await using SqliteBotDbContext db = database.NewContext();
        IMigrator migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("PollFormId");
        // Three people; slot 1: two Yes, one No; slot 2: one If need be (Answer: 0 No, 1 IfNeedBe, 2 Yes).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO People (Id, Name, Roles, IsReachable) VALUES (1, 'A', 1, 1), (2, 'B', 1, 1), (3, 'C', 1, 1);
            INSERT INTO MeetingPolls (Id, Priority, Title, Deadline, VotesVisibleToAll, CreatedByPersonId, CreatedAt, ResultSequence, Uid)
                VALUES (1, 5, 'GdL 5', '2027-01-01T00:00:00.0000000Z', 1, 1, '2026-12-01T00:00:00.0000000Z', 0, 'u1');
            INSERT INTO MeetingPollSlots (Id, PollId, Position, StartsAt, DurationMinutes)
                VALUES (1, 1, 1, '2027-01-10T09:00:00.0000000Z', 90), (2, 1, 2, '2027-01-11T09:00:00.0000000Z', 90);
            INSERT INTO MeetingPollVotes (SlotId, PersonId, PollId, Answer, UpdatedAt) VALUES
                (1, 1, 1, 2, '2026-12-01T00:00:00.0000000Z'), (1, 2, 1, 2, '2026-12-01T00:00:00.0000000Z'),
                (1, 3, 1, 0, '2026-12-01T00:00:00.0000000Z'), (2, 1, 1, 1, '2026-12-01T00:00:00.0000000Z');
            """);

        await migrator.MigrateAsync();

        var poll = await db.MeetingPolls.AsNoTracking().Include(p => p.Slots).SingleAsync();
        Assert.Equal(3, poll.VoterCount);
        Assert.Equal([(2, 0, 1), (0, 1, 0)], poll.Slots.OrderBy(s => s.Position).Select(s => (s.YesCount, s.IfNeedBeCount, s.NoCount)));
    }

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using SqliteBotDbContext db = new SqliteDesignTimeFactory().CreateDbContext([]);

        // Fails when an entity or configuration changed without a new migration (see BotDbContext remarks).
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a SQLite migration.");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using SqlServerBotDbContext db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a SQL Server migration.");
    }

    [Fact]
    public void SqlServerMigrations_AreNotAppliedToSqlite()
    {
        using SqlServerBotDbContext sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using SqliteBotDbContext sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);

        string[] sqliteMigrations = [.. sqlite.Database.GetMigrations()];
        string[] sqlServerMigrations = [.. sqlServer.Database.GetMigrations()];

        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(sqlServerMigrations);
        Assert.All(sqliteMigrations, m => Assert.DoesNotContain(m, sqlServerMigrations));
    }

    [Fact]
    public async Task InitializeAsync_OnSqlite_SwitchesTheFileToWal()
    {
        await using SqliteTestDatabase database = SqliteTestDatabase.CreateEmpty();
        await using (SqliteBotDbContext db = database.NewContext())
        {
            await StorageTestServices.InitializerFor(db).InitializeAsync(loadDemoData: false);
        }

        await using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    private static async Task<string[]> TablesAsync(BotDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return [.. tables];
    }
}
