using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>
/// The <see cref="BotDbContext"/> on SQL Server / Azure SQL. It exists so the SQL Server migrations
/// (<c>Storage/Migrations/SqlServer</c>) have a context of their own; the model is the same.
/// </summary>
public sealed class SqlServerBotDbContext(DbContextOptions<SqlServerBotDbContext> options) : BotDbContext(options);
