using ClustER.Bot.Features.Knowledge;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// Imports the surveys folder at start and again when a file there changes (debounced: editors save in
/// bursts). Definitions only live in memory: a sent survey keeps its own snapshot in the database.
/// </summary>
internal sealed class SurveysHostedService(SurveyCatalog catalog, IOptions<SurveyOptions> options, IHostEnvironment environment, ILogger<SurveysHostedService> logger)
    : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;

    /// <summary>The folder imported.</summary>
    public string Folder { get; } = Resolve(options.Value, environment);

    /// <summary>The surveys folder: <c>Surveys:Path</c> under the content root, or the demo surveys.</summary>
    public static string Resolve(SurveyOptions options, IHostEnvironment environment) => KnowledgeFolder.Resolve(
        string.IsNullOrWhiteSpace(options?.Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "DemoData", "surveys") : options.Path,
        environment?.ContentRootPath ?? AppContext.BaseDirectory);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            Log.SurveyFolderMissing(logger, Folder);
            return Task.CompletedTask;
        }

        catalog.Import(Folder);
        _debounce = new Timer(_ => Reimport(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Folder, "*.json") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
        _watcher.Created += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
        _watcher.Renamed += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

#pragma warning disable CA1031 // A file being written while read must not stop the watcher; the next change imports again.
    private void Reimport()
    {
        try
        {
            catalog.Import(Folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.SurveyFolderUnreadable(logger, ex, Folder);
        }
    }
#pragma warning restore CA1031
}
