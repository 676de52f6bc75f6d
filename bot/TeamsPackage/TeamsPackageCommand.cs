using ClustER.Bot.Hosting;

namespace ClustER.Bot.TeamsPackage;

/// <summary><c>teams-package [OUT.zip]</c>: writes the Teams app package for sideloading or the admin centre.</summary>
internal sealed class TeamsPackageCommand(TeamsPackageBuilder builder) : IAdminCommand
{
    /// <summary>The file written when no name is given, in the working directory.</summary>
    public const string DefaultFile = "clust-er-bot-teams.zip";

    public string Name => "teams-package";

    public string Arguments => "[OUT.zip]";

    public string Description => "Write the Teams app package (manifest and icons) for Bot:MicrosoftAppId.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count > 1)
        {
            await output.WriteLineAsync($"Usage: dotnet run --project bot -- {Name} {Arguments}");
            return 2;
        }

        string path = Path.GetFullPath(arguments.Count == 1 ? arguments[0] : DefaultFile);
        try
        {
            byte[] package = builder.Build();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, package, cancellationToken);
        }
        catch (TeamsPackageException ex)
        {
            await output.WriteLineAsync($"No package written: {ex.Message}");
            return 2;
        }
        catch (IOException ex)
        {
            await output.WriteLineAsync($"No package written: cannot write '{path}': {ex.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException ex)
        {
            await output.WriteLineAsync($"No package written: cannot write '{path}': {ex.Message}");
            return 2;
        }

        await output.WriteLineAsync($"Wrote {path}. Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin centre.");
        return 0;
    }
}
