namespace ClustER.Bot.Storage.Seeding;

/// <summary>The demo data loaded into an empty database at first start (section <c>DemoData</c>).</summary>
public sealed class DemoDataOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DemoData";

    /// <summary>
    /// Whether the web host loads the demo data into an empty database. When not set: yes on the embedded
    /// SQLite default, so that <c>dotnet run --project bot</c> has something real to talk about, and no on
    /// SQL Server, so a new production database never receives demo people.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The folder of the demo files; relative paths are under the application's folder.</summary>
    public string Path { get; set; } = "DemoData";

    /// <summary>The demo folder as an absolute path.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
