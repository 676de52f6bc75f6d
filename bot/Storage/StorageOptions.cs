using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Storage;

/// <summary>Where the bot keeps its data (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c> (production).</summary>
    [Required(ErrorMessage = "Configuration key 'Storage:Provider' is required: 'Sqlite' or 'SqlServer'.")]
    [RegularExpression("(?i)^(Sqlite|SqlServer)$", ErrorMessage = "Configuration key 'Storage:Provider' must be 'Sqlite' or 'SqlServer'.")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>The folder of the embedded default's files; relative paths are under the working directory.</summary>
    [Required(ErrorMessage = "Configuration key 'Storage:DataDirectory' is required.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>True when <see cref="Provider"/> names SQL Server (in any letter case).</summary>
    public bool IsSqlServer => string.Equals(Provider, StorageProviders.SqlServer, StringComparison.OrdinalIgnoreCase);
}
