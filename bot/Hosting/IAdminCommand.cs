namespace ClustER.Bot.Hosting;

/// <summary>
/// An administrative command run as <c>dotnet run --project bot -- NAME ARGS</c> on the bot's own
/// configuration and database (migrated first), instead of the web host.
/// Register with <c>services.AddAdminCommand&lt;TCommand&gt;()</c>; it is resolved in its own scope.
/// </summary>
public interface IAdminCommand
{
    /// <summary>The words that select the command, e.g. <c>import members</c>; matched ignoring case.</summary>
    string Name { get; }

    /// <summary>The arguments after the name, for the usage line, e.g. <c>FILE.csv</c>.</summary>
    string Arguments { get; }

    /// <summary>One line on what the command does.</summary>
    string Description { get; }

    /// <summary>Runs the command. Returns the process exit code: 0 success, 1 partly done, 2 usage or input error.</summary>
    /// <param name="arguments">The positional arguments after the name.</param>
    /// <param name="output">Where the command writes its report.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
