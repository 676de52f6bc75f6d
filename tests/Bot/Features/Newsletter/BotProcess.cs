using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ClustER.Bot.Protocol;
using Activity = ClustER.Bot.Protocol.Activity;

namespace ClustER.Tests.Bot.Features.Newsletter;

/// <summary>
/// The real bot as a separate process (<c>dotnet ClustER.Bot.dll</c>) on a data directory, so a test can
/// SIGKILL it mid-work and start it again on the same database.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = address };
    }

    /// <summary>Starts the bot with <paramref name="settings"/> (configuration keys) and waits until it answers.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        int port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        string dll = BotDll();
        start.ArgumentList.Add(dll);
        start.WorkingDirectory = Path.GetDirectoryName(dll)!;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach ((string key, string value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        for (int i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {process.ExitCode} at start.");
            }

            try
            {
                using HttpResponseMessage health = await bot._http.GetAsync(new Uri("healthz", UriKind.Relative));
                return bot;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await bot.DisposeAsync();
        throw new TimeoutException("The bot did not start listening in 60 s.");
    }

    /// <summary>Posts an activity to /api/messages (local anonymous mode) and returns the status.</summary>
    public async Task<HttpStatusCode> PostAsync(Activity activity)
    {
        using var content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        return response.StatusCode;
    }

    /// <summary>SIGKILL: no shutdown, no flush; whatever was in flight stays as it was.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        _http.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The bot's own build output (same configuration as the tests), which has its runtimeconfig and appsettings.</summary>
    private static string BotDll()
    {
        string testBin = AppContext.BaseDirectory; // tests/bin/<Configuration>/net10.0/
        var dir = new DirectoryInfo(testBin);
        string framework = dir.Name, configuration = dir.Parent!.Name;
        DirectoryInfo root = dir.Parent!.Parent!.Parent!.Parent!;
        string dll = Path.Combine(root.FullName, "bot", "bin", configuration, framework, "ClustER.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the bot first.", dll);
    }
}
