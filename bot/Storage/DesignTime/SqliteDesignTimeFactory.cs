using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClustER.Bot.Storage.DesignTime;

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context SqliteBotDbContext</c> build the SQLite context without
/// starting the host. Adding a migration opens no connection; the file name only matters for
/// <c>dotnet ef database update</c>, which is not needed (the bot migrates at start).
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBotDbContext>
{
    public SqliteBotDbContext CreateDbContext(string[] args)
    {
        DbContextOptions<SqliteBotDbContext> options = new DbContextOptionsBuilder<SqliteBotDbContext>()
            .UseSqlite(StorageConnection.SqliteFile(Path.Combine("data", StorageConnection.SqliteFileName)))
            .Options;
        return new SqliteBotDbContext(options);
    }
}
