using Microsoft.Extensions.Options;

namespace ClustER.Bot.Hosting;

/// <summary>
/// Runs the web host, or one of the administrative commands (<c>import members FILE</c>,
/// <c>import knowledge FOLDER</c>, <c>teams-package</c>) on the same configuration and database.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the command named by <paramref name="args"/>, or the host when there is none.</summary>
    public static async Task RunOrExecuteCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        string[] positional = [.. args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];
        if (positional.Length == 0)
        {
            if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalAnonymousMode)
            {
                Log.AnonymousMode(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ClustER.Bot"));
            }

            await app.RunAsync();
            return;
        }

        Environment.ExitCode = await ExecuteAsync(app.Services, positional);
    }

    private static Task<int> ExecuteAsync(IServiceProvider services, string[] command)
    {
        _ = services;
        Console.Error.WriteLine($"Unknown command: {string.Join(' ', command)}");
        Console.Error.WriteLine("Commands: import members FILE.csv | import knowledge FOLDER | teams-package [OUTPUT.zip]");
        return Task.FromResult(2);
    }
}
