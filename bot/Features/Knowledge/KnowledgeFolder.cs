namespace ClustER.Bot.Features.Knowledge;

/// <summary>Works out which folder <see cref="KnowledgeOptions.Path"/> names.</summary>
internal static class KnowledgeFolder
{
    /// <summary>The demo knowledge shipped with the bot (copied next to the binaries).</summary>
    public static string Demo => System.IO.Path.Combine(AppContext.BaseDirectory, "DemoData", "knowledge");

    /// <summary>The configured folder as an absolute path; relative paths are under <paramref name="contentRoot"/>.</summary>
    public static string Resolve(string? configured, string contentRoot) =>
        string.IsNullOrWhiteSpace(configured) ? Demo : System.IO.Path.GetFullPath(configured, contentRoot);
}
