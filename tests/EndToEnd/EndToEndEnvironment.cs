namespace ClustER.Tests.EndToEnd;

/// <summary>
/// Where the end-to-end tools live on this machine, and whether they are there. On a developer machine
/// a missing tool skips the end-to-end tests with a reason; under <c>CI=true</c> nothing is skipped.
/// </summary>
public static class EndToEndEnvironment
{
    /// <summary>The Debian chromium the browser tests drive (Playwright must not download its own).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<string?> RepoRoot = new(FindRepoRoot);

    /// <summary>True when running in CI (<c>CI=true</c>): end-to-end tests must run, never skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root (the folder holding <c>ClustER.Bot.sln</c>).</summary>
    public static string RepositoryRoot =>
        RepoRoot.Value ?? throw new InvalidOperationException($"ClustER.Bot.sln not found above {AppContext.BaseDirectory}.");

    /// <summary>The Playground's command-line entry point, installed by <c>npm ci</c> in tests/e2e.</summary>
    public static string PlaygroundCli =>
        Path.Combine(RepositoryRoot, "tests", "e2e", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>Where screenshots and logs go (gitignored).</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            string path = Path.Combine(RepositoryRoot, "tests", "artifacts", "e2e");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>Why the Playground tests cannot run here, or null when they can.</summary>
    public static string? PlaygroundUnavailableReason()
    {
        if (RepoRoot.Value is null)
        {
            return "the repository root (ClustER.Bot.sln) was not found above the test assembly";
        }

        if (FindOnPath("node") is null)
        {
            return "node is not on PATH (install Node.js, then run `npm ci` in tests/e2e)";
        }

        return File.Exists(PlaygroundCli)
            ? null
            : "the Agents Playground is not installed (run `npm ci` in tests/e2e)";
    }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? BrowserUnavailableReason() =>
        PlaygroundUnavailableReason()
        ?? (File.Exists(ChromiumPath) ? null : $"{ChromiumPath} is missing (apt-get install chromium fonts-dejavu-core)");

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static string? FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClustER.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
