using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>
/// The <see cref="BotDbContext"/> on SQLite. It exists so the SQLite migrations
/// (<c>Storage/Migrations/Sqlite</c>) have a context of their own; the model is the same.
/// </summary>
public sealed class SqliteBotDbContext(DbContextOptions<SqliteBotDbContext> options) : BotDbContext(options);
