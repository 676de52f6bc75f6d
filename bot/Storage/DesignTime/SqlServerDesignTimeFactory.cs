using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClustER.Bot.Storage.DesignTime;

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context SqlServerBotDbContext</c> build the SQL Server context
/// without a server: adding a migration never connects, so a placeholder connection string is enough.
/// </summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBotDbContext>
{
    private const string Placeholder = "Server=design-time-only;Database=ClustERBot;Integrated Security=false;TrustServerCertificate=true";

    public SqlServerBotDbContext CreateDbContext(string[] args)
    {
        DbContextOptions<SqlServerBotDbContext> options = new DbContextOptionsBuilder<SqlServerBotDbContext>()
            .UseSqlServer(Placeholder)
            .Options;
        return new SqlServerBotDbContext(options);
    }
}
