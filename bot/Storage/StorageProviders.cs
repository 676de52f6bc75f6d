namespace ClustER.Bot.Storage;

/// <summary>The storage provider names.</summary>
public static class StorageProviders
{
    /// <summary>A SQLite file under <see cref="StorageOptions.DataDirectory"/>.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>SQL Server or Azure SQL, from <c>ConnectionStrings:SqlServer</c>.</summary>
    public const string SqlServer = "SqlServer";
}
