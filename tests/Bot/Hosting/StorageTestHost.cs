using System.Net;
using ClustER.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Hosting;

/// <summary>
/// The bot host exactly as Program builds it, on an in-process test server, with its data in a temporary
/// folder. A request header <see cref="RemoteAddressHeader"/> sets the caller's address, so rules that
/// depend on it can be tried without a network.
/// </summary>
internal sealed class StorageTestHost : IAsyncDisposable
{
    /// <summary>The header whose value becomes <see cref="ConnectionInfo.RemoteIpAddress"/>.</summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private readonly bool _ownsData;

    private StorageTestHost(WebApplication app, string dataDirectory, bool ownsData)
    {
        App = app;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Builds and starts the host with <paramref name="settings"/> on top of the bot's appsettings.json. Its data
    /// folder is deleted on dispose unless <paramref name="dataDirectory"/> was given (to start again on it).
    /// </summary>
    public static async Task<StorageTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string? dataDirectory = null)
    {
        bool ownsData = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        WebApplication app = Build(dataDirectory, settings, configureServices);
        await app.StartAsync();
        return new StorageTestHost(app, dataDirectory, ownsData);
    }

    /// <summary>Builds the host as Program does (throws what Program would throw), without starting it.</summary>
    public static WebApplication Build(
        string dataDirectory,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. all.Select(kv => $"--{kv.Key}={kv.Value}")],
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddTransient<IStartupFilter, RemoteAddressStartupFilter>();
        configureServices?.Invoke(builder.Services);
        builder.AddClustERBot();
        WebApplication app = builder.Build();
        app.UseClustERBot();
        app.MapBotEndpoints();
        return app;
    }

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "clust-er-tests", Guid.NewGuid().ToString("N"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsData)
        {
            DeleteDataDirectory(DataDirectory);
        }
    }

    public static void DeleteDataDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private sealed class RemoteAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var value) && IPAddress.TryParse(value, out IPAddress? address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
