using Microsoft.Data.Sqlite;

namespace ClustER.Bot.Storage;

/// <summary>Works out the connection string for the configured provider.</summary>
internal static class StorageConnection
{
    /// <summary>The SQLite database file's name under <see cref="StorageOptions.DataDirectory"/>.</summary>
    public const string SqliteFileName = "clust-er-bot.db";

    /// <summary>The SQLite file's connection string, or <c>ConnectionStrings:SqlServer</c>.</summary>
    /// <exception cref="InvalidOperationException">SQL Server was chosen without a connection string.</exception>
    public static string For(StorageOptions storage, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(configuration);
        if (storage.IsSqlServer)
        {
            return configuration.GetConnectionString("SqlServer") is { Length: > 0 } cs
                ? cs
                : throw new InvalidOperationException("Configuration key 'ConnectionStrings:SqlServer' is required when Storage:Provider is SqlServer.");
        }

        string folder = Path.GetFullPath(storage.DataDirectory);
        Directory.CreateDirectory(folder);
        return SqliteFile(Path.Combine(folder, SqliteFileName));
    }

    /// <summary>
    /// A pooled connection to <paramref name="path"/>. No shared cache: with WAL every connection reads
    /// its own snapshot, while shared cache would turn concurrent access into table-lock errors.
    /// <c>Default Timeout</c> is how long a command waits on a locked database before it fails.
    /// </summary>
    public static string SqliteFile(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
