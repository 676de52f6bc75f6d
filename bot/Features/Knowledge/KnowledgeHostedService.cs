using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Storage;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// Keeps the knowledge live: imports <c>Knowledge:Path</c> at start (before the bot serves turns), again
/// when a file there changes (debounced, because editors save in bursts), and reloads when another
/// process (the import command) committed a newer revision. A rejected folder leaves the previous knowledge.
/// </summary>
internal sealed class KnowledgeHostedService(
    IServiceScopeFactory scopes,
    KnowledgeCatalog catalog,
    IOptions<KnowledgeOptions> options,
    IHostEnvironment environment,
    ILogger<KnowledgeHostedService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _disposed;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private Task? _poll;

    /// <summary>The folder imported.</summary>
    public string Folder { get; } = KnowledgeFolder.Resolve(options.Value.Path, environment.ContentRootPath);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(Folder))
        {
            await ImportAsync(cancellationToken);
            Watch();
        }
        else
        {
            Log.KnowledgeFolderMissing(logger, Folder);
        }

        if (catalog.Current.Revision == 0)
        {
            await ReloadAsync(cancellationToken);
        }

        _poll = PollAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            // A test host disposed while starting can be stopped afterwards: nothing is left to stop.
            return;
        }

        await _stopping.CancelAsync();
        _watcher?.Dispose();
        if (_poll is not null)
        {
            await _poll.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _watcher?.Dispose();
        _debounce?.Dispose();
        _stopping.Dispose();
    }

    private async Task ImportAsync(CancellationToken ct)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KnowledgeImporter>().ImportAsync(Folder, ct);
        }
        catch (KnowledgeValidationException ex)
        {
            Log.KnowledgeRejected(logger, Folder, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A broken database or file system must not stop the bot; members keep the previous knowledge,
            // or, when there is none yet, the valid files are served from memory.
            Log.KnowledgeImportFailed(logger, ex, Folder);
            await ServeFilesAsync(ct);
        }
    }

    private async Task ServeFilesAsync(CancellationToken ct)
    {
        try
        {
            catalog.UseFiles(await KnowledgeFolderReader.ReadAsync(Folder, ct));
        }
        catch (KnowledgeValidationException ex)
        {
            Log.KnowledgeRejected(logger, Folder, ex.Message);
        }
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            if (await KnowledgeCatalog.LatestRevisionAsync(db, ct) > catalog.Current.Revision)
            {
                await catalog.ReloadAsync(db, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.KnowledgeImportFailed(logger, ex, Folder);
        }
    }

    private void Watch()
    {
        _debounce = new Timer(_ => _ = ImportAsync(_stopping.Token), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Folder, "*.json")
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        FileSystemEventHandler changed = (_, _) => _debounce.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, _) => _debounce.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);
        _watcher.EnableRaisingEvents = true;
        Log.KnowledgeWatching(logger, Folder);
    }

    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.RevisionPoll);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await ReloadAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
