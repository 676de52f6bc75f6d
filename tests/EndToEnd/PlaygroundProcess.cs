using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, installed by
/// <c>npm ci</c> in tests/e2e) as a child process: its web UI, its mock Connector and its automation API on
/// one loopback port, pointed at the bot. Disposing kills its process tree.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PlaygroundProcess(Process process) => _process = process;

    /// <summary>The Playground's address (http://127.0.0.1:PORT/): UI, <c>/_connector</c>, <c>/_conversation</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the Playground printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the Playground against <paramref name="botEndpoint"/> and waits until it serves.</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        int port = FreeLoopbackPort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { EndToEndEnvironment.PlaygroundCli, "start", "-e", botEndpoint.ToString(), "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            start.ArgumentList.Add(arg);
        }

        // No browser of its own, no telemetry, no config file from the caller's environment.
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "1";
        start.Environment.Remove("TEAMSAPPTESTER_PORT");
        start.Environment.Remove("BOT_ENDPOINT");
        start.Environment.Remove("M365_AGENTS_PLAYGROUND_CONFIG_PATH");

        var playground = new PlaygroundProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        try
        {
            await playground.RunAsync(timeout, cancellationToken);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the Playground and everything it started.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task RunAsync(TimeSpan timeout, CancellationToken ct)
    {
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The Playground exited at start (code {_process.ExitCode})."));
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            // A busy port silently becomes a random one, so the port is read from what the Playground prints.
            int port = await _listening.Task.WaitAsync(deadline.Token);
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            await WaitUntilServingAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or HttpRequestException)
        {
            string why = ex is OperationCanceledException ? $"did not start within {timeout.TotalSeconds:0} s" : ex.Message;
            throw new InvalidOperationException($"The Agents Playground failed to start: {why}. Its output:\n{Output}", ex);
        }
    }

    private async Task WaitUntilServingAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using HttpResponseMessage response = await http.GetAsync(new Uri("_internal/v1/config", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (!_process.HasExited)
            {
                // Not accepting connections yet.
            }

            await Task.Delay(100, ct);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
