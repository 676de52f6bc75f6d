using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace ClustER.Bot.Storage;

/// <summary>
/// How a SQLite connection waits for another writer: retry every millisecond, for up to
/// <see cref="SqliteConnectionPragmas.BusyTimeoutMilliseconds"/>.
/// </summary>
/// <remarks>
/// <c>PRAGMA busy_timeout</c> sleeps 1, 2, 5, 10 ... up to 100 ms between attempts, so under steady contention (votes
/// arriving while others write) a writer that lost a few times sleeps past many free moments of the lock: the
/// slowest turns waited hundreds of milliseconds for a lock held about one. SQLitePCLRaw exposes no busy handler,
/// so it is set with the library's own <c>sqlite3_busy_handler</c>.
/// </remarks>
internal static class SqliteBusyWait
{
    private static readonly BusyHandler Handler = OnBusy;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr state, int attempts);

    /// <summary>Sets the handler on <paramref name="connection"/> (opened).</summary>
    public static void Apply(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        int rc = sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), Handler, IntPtr.Zero);
        if (rc != 0)
        {
            throw new InvalidOperationException($"sqlite3_busy_handler failed with code {rc}.");
        }
    }

    private static int OnBusy(IntPtr state, int attempts)
    {
        if (attempts >= SqliteConnectionPragmas.BusyTimeoutMilliseconds)
        {
            return 0;
        }

        Thread.Sleep(1);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int sqlite3_busy_handler(IntPtr db, BusyHandler handler, IntPtr state);
}
