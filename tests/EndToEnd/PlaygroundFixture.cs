namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The real bot on a loopback Kestrel port (anonymous mode, a fresh data directory) and the Microsoft 365
/// Agents Playground pointed at it, shared by the tests of <see cref="PlaygroundSuite"/>. Starts nothing
/// when the tools are missing on a developer machine (the tests skip); under <c>CI=true</c> it always starts.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "clust-er-e2e", Guid.NewGuid().ToString("N"));
    private KestrelBotFactory? _bot;
    private PlaygroundProcess? _playground;

    /// <summary>The bot under test.</summary>
    public KestrelBotFactory Bot => _bot ?? throw NotStarted();

    /// <summary>Every request the bot received from the Playground, with its answer.</summary>
    public BotTrafficRecorder BotTraffic => Bot.Traffic;

    /// <summary>The Playground's address (web UI and automation API).</summary>
    public Uri PlaygroundAddress => (_playground ?? throw NotStarted()).BaseAddress;

    /// <summary>Connects a <see cref="PlaygroundConversation"/> (default: the signed-in user's personal chat).</summary>
    public Task<PlaygroundConversation> OpenConversationAsync(string? conversationId = null, string? userId = null, CancellationToken cancellationToken = default) =>
        PlaygroundConversation.OpenAsync(PlaygroundAddress, BotTraffic, conversationId, userId, cancellationToken);

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        if (EndToEndEnvironment.PlaygroundUnavailableReason() is { } reason)
        {
            // On a developer machine the tests skip with this reason (EndToEndFactAttribute); CI must not.
            return EndToEndEnvironment.IsCi
                ? throw new InvalidOperationException($"CI=true but an end-to-end prerequisite is missing: {reason}. .ci/run installs it.")
                : Task.CompletedTask;
        }

        return StartAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
            // The console says little; the Playground's own log (every activity both ways) is in devTools/.
            string detail = Path.Combine(_workDirectory, "devTools", "m365agentsplayground.log");
            string log = _playground.Output + (File.Exists(detail) ? await File.ReadAllTextAsync(detail) : string.Empty);
            await File.WriteAllTextAsync(Path.Combine(EndToEndEnvironment.ArtifactsDirectory, "playground.log"), log);
            _playground = null;
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
            _bot = null;
        }

        try
        {
            if (Directory.Exists(_workDirectory))
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is not worth failing the run for.
        }
    }

    private async Task StartAsync()
    {
        try
        {
            Directory.CreateDirectory(_workDirectory);
            _bot = new KestrelBotFactory(Path.Combine(_workDirectory, "data"));
            _bot.Start();
            _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, _workDirectory, TimeSpan.FromSeconds(60));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private static InvalidOperationException NotStarted() =>
        new($"The Playground fixture did not start: {EndToEndEnvironment.PlaygroundUnavailableReason() ?? "see the fixture's error"}.");
}
