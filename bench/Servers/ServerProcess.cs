using System.Diagnostics;

namespace ClustER.Bench.Servers;

/// <summary>A server (bot or baseline) in a child process of the bench; disposing kills it.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private long _outputLines;
    private Task _drain = Task.CompletedTask;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress };
    }

    /// <summary>The server's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Lines the server has written to its console (its log) since it started listening.</summary>
    public long OutputLines => Interlocked.Read(ref _outputLines);

    /// <summary>The messaging endpoint.</summary>
    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>Starts <c>serve <paramref name="arguments"/></c> from this executable and waits for it to listen.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };

        // Under "dotnet ClustER.Bench.dll" the process is dotnet itself; the dll comes first then.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add("serve");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server process.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith(ServeMode.ListeningPrefix, StringComparison.Ordinal))
                {
                    string address = line[ServeMode.ListeningPrefix.Length..].TrimEnd('/') + "/";
                    var server = new ServerProcess(process, new Uri(address));
                    server._drain = server.DrainAsync(process.StandardOutput);
                    return server;
                }
            }

            throw new InvalidOperationException($"The {string.Join(' ', arguments)} server exited before listening (code {process.ExitCode}).");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>The server's own memory and CPU figures.</summary>
    public async Task<ServerStats> GetStatsAsync() =>
        await _http.GetFromJsonAsync(new Uri("_bench/stats", UriKind.Relative), BenchJsonContext.Default.ServerStats)
        ?? throw new InvalidOperationException("The server returned no stats.");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _drain;

        _process.Dispose();
    }

    private async Task DrainAsync(StreamReader output)
    {
        // The server's log goes nowhere (printing it would spend the bench's CPU), but it is counted:
        // log lines per turn are part of what a turn costs. An unread pipe would block the server.
        while (await output.ReadLineAsync() is not null)
        {
            Interlocked.Increment(ref _outputLines);
        }
    }
}
