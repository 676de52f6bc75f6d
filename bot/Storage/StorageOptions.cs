using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Storage;

/// <summary>Where the bot keeps its data (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c> (production).</summary>
    [Required]
    [RegularExpression("^(Sqlite|SqlServer)$", ErrorMessage = "Storage:Provider must be 'Sqlite' or 'SqlServer'.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>The folder of the embedded default's files; relative paths are under the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}

/// <summary>The storage provider names.</summary>
public static class StorageProviders
{
    /// <summary>A SQLite file under <see cref="StorageOptions.DataDirectory"/>.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>SQL Server or Azure SQL, from <c>ConnectionStrings:SqlServer</c>.</summary>
    public const string SqlServer = "SqlServer";
}
