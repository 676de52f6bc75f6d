namespace ClustER.Bot.Storage;

/// <summary>Works out the connection string for the configured provider.</summary>
internal static class StorageConnection
{
    /// <summary>The SQLite file's connection string, or <c>ConnectionStrings:SqlServer</c>.</summary>
    /// <exception cref="InvalidOperationException">SQL Server was chosen without a connection string.</exception>
    public static string For(StorageOptions storage, IConfiguration configuration)
    {
        if (storage.Provider == StorageProviders.SqlServer)
        {
            return configuration.GetConnectionString("SqlServer") is { Length: > 0 } cs
                ? cs
                : throw new InvalidOperationException("Configuration key 'ConnectionStrings:SqlServer' is required when Storage:Provider is SqlServer.");
        }

        string folder = Path.GetFullPath(storage.DataDirectory);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "clust-er-bot.db")};Cache=Shared;Pooling=True";
    }
}
