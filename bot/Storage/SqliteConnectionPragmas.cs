using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClustER.Bot.Storage;

/// <summary>
/// Sets the per-connection SQLite settings every time EF opens a connection, so web requests and
/// Hangfire workers can write the same file at once without "database is locked" errors.
/// </summary>
/// <remarks>
/// WAL itself is a property of the file and is switched on once at start (<see cref="DatabaseInitializer"/>).
/// <see cref="SqliteBusyWait"/> makes a writer wait for the lock instead of failing; <c>synchronous = NORMAL</c>
/// is durable across application crashes in WAL mode and avoids an fsync per transaction.
/// </remarks>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    /// <summary>How long a connection waits for another writer, in milliseconds (about: one attempt per millisecond).</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    /// <summary>The one instance; the interceptor holds no state.</summary>
    public static SqliteConnectionPragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqliteBusyWait.Apply((SqliteConnection)connection);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqliteBusyWait.Apply((SqliteConnection)connection);
        DbCommand command = connection.CreateCommand();
        await using (command)
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
