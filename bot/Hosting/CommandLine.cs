using ClustER.Bot.Storage;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Hosting;

/// <summary>
/// Runs the web host, or one of the administrative commands (<see cref="IAdminCommand"/>: <c>import members FILE</c>,
/// <c>teams-package [OUT.zip]</c>, and those features add) on the same configuration and database.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the command named by <paramref name="args"/>, or the host when there is none.</summary>
    public static async Task RunOrExecuteCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        string[] positional = Positional(args);
        if (positional.Length == 0)
        {
            if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalAnonymousMode)
            {
                Log.AnonymousMode(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ClustER.Bot"));
            }

            await app.RunAsync();
            return;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            Environment.ExitCode = await ExecuteAsync(app.Services, positional, Console.Out, Console.Error, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>
    /// Finds the command that <paramref name="command"/> names, validates the configuration, migrates the
    /// database and runs it. Returns the exit code; an unknown command prints the list and returns 2.
    /// </summary>
    internal static async Task<int> ExecuteAsync(
        IServiceProvider services, IReadOnlyList<string> command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Options are validated when the host starts; commands do not start it, so validate here.
        services.GetService<IStartupValidator>()?.Validate();

        await using AsyncServiceScope scope = services.CreateAsyncScope();
        IAdminCommand[] commands = [.. scope.ServiceProvider.GetServices<IAdminCommand>()];
        IAdminCommand? selected = commands
            .Where(c => Matches(c, command))
            .OrderByDescending(c => c.Name.Split(' ').Length)
            .FirstOrDefault();
        if (selected is null)
        {
            await error.WriteLineAsync($"Unknown command: {string.Join(' ', command)}");
            await WriteUsageAsync(error, commands);
            return 2;
        }

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(loadDemoData: false, cancellationToken);
        string[] arguments = [.. command.Skip(selected.Name.Split(' ').Length)];
        return await selected.RunAsync(arguments, output, cancellationToken);
    }

    /// <summary>
    /// The arguments from the first <c>--key=value</c> switch on: the configuration's. The command words and
    /// paths before them are kept out, because the configuration would read <c>/abs/path.csv</c> as a switch.
    /// </summary>
    public static string[] ConfigurationArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];
    }

    /// <summary>The arguments before the first <c>--key=value</c> configuration switch: the command and its arguments.</summary>
    internal static string[] Positional(IEnumerable<string> args) =>
        [.. args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];

    private static bool Matches(IAdminCommand candidate, IReadOnlyList<string> command)
    {
        string[] words = candidate.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= command.Count
            && words.Select((w, i) => string.Equals(w, command[i], StringComparison.OrdinalIgnoreCase)).All(same => same);
    }

    private static async Task WriteUsageAsync(TextWriter writer, IEnumerable<IAdminCommand> commands)
    {
        await writer.WriteLineAsync("Commands (dotnet run --project bot -- COMMAND):");
        foreach (IAdminCommand c in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            await writer.WriteLineAsync($"  {c.Name} {c.Arguments}".TrimEnd() + $"    {c.Description}");
        }
    }
}
