using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.TeamsPackage;

/// <summary>Builds the Teams app package: a zip with manifest.json, color.png and outline.png at its root.</summary>
internal sealed class TeamsPackageBuilder(IOptions<BotOptions> bot, IOptions<TeamsAppOptions> app)
{
    /// <summary>The manifest's file name inside the package.</summary>
    public const string ManifestFile = "manifest.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The package as zip bytes.</summary>
    /// <exception cref="TeamsPackageException"><c>Bot:MicrosoftAppId</c> is missing or not a GUID.</exception>
    public byte[] Build()
    {
        BotOptions botOptions = bot.Value;
        if (string.IsNullOrWhiteSpace(botOptions.MicrosoftAppId))
        {
            throw new TeamsPackageException(
                "Configuration key 'Bot:MicrosoftAppId' is not set: the package needs the bot's Entra app id. "
                + "Register the bot in Azure (see the README), then run again with --Bot:MicrosoftAppId=<app id>.");
        }

        if (!Guid.TryParse(botOptions.MicrosoftAppId, out Guid appId))
        {
            throw new TeamsPackageException($"Configuration key 'Bot:MicrosoftAppId' must be a GUID (the Entra application id), not '{botOptions.MicrosoftAppId}'.");
        }

        TeamsAppOptions appOptions = app.Value;
        JsonObject manifest = TeamsManifest.Build(appId, botOptions.Name, appOptions);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, ManifestFile, JsonSerializer.SerializeToUtf8Bytes(manifest, Indented));
            Add(archive, TeamsManifest.ColorIcon, IconPainter.Color(appOptions.AccentColor));
            Add(archive, TeamsManifest.OutlineIcon, IconPainter.Outline());
        }

        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        ZipArchiveEntry entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using Stream stream = entry.Open();
        stream.Write(content);
    }
}
