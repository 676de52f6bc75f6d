using System.Text.Json.Nodes;

namespace ClustER.Bot.TeamsPackage;

/// <summary>
/// Builds the Teams app manifest (schema v1.19) for the bot: one bot in personal, team and group chat
/// scopes, with the command menu of <see cref="TeamsCommands"/>.
/// </summary>
/// <remarks>Schema: https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json</remarks>
internal static class TeamsManifest
{
    /// <summary>The manifest schema version written.</summary>
    public const string ManifestVersion = "1.19";

    /// <summary>The icon file names inside the package.</summary>
    public const string ColorIcon = "color.png";

    /// <inheritdoc cref="ColorIcon"/>
    public const string OutlineIcon = "outline.png";

    /// <summary>The manifest for the bot with <paramref name="appId"/> (a GUID, also used as the app's id).</summary>
    public static JsonObject Build(Guid appId, string botName, TeamsAppOptions app)
    {
        ArgumentNullException.ThrowIfNull(botName);
        ArgumentNullException.ThrowIfNull(app);
        string id = appId.ToString("D");
        return new JsonObject
        {
            ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json",
            ["manifestVersion"] = ManifestVersion,
            ["version"] = app.Version,
            ["id"] = id,
            ["developer"] = new JsonObject
            {
                ["name"] = app.DeveloperName,
                ["websiteUrl"] = app.WebsiteUrl,
                ["privacyUrl"] = app.PrivacyUrl,
                ["termsOfUseUrl"] = app.TermsOfUseUrl,
            },
            ["name"] = new JsonObject
            {
                ["short"] = Cut(botName, 30),
                ["full"] = Cut($"{botName}: the Clust-ER Health assistant", 100),
            },
            ["description"] = new JsonObject
            {
                ["short"] = "Calls, events and reminders of Clust-ER Health, in Teams.",
                ["full"] = "The Teams assistant of Clust-ER Health, the health-industry cluster of Emilia-Romagna. "
                    + "Ask in Italian or English about open calls for funding and upcoming events, get reminders "
                    + "before deadlines and meetings, answer working-group polls and surveys, and receive the monthly "
                    + "newsletter. Staff convene assemblies and send polls and surveys from chat. Say \"help\" to start.",
            },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = app.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = id,
                    ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                    ["supportsFiles"] = false,
                    ["isNotificationOnly"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        CommandList(["personal"], TeamsCommands.All),
                        CommandList(["team", "groupChat"], [.. TeamsCommands.All.Where(c => c.InGroups)]),
                    },
                },
            },
            ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
            ["validDomains"] = new JsonArray(),
        };
    }

    private static JsonObject CommandList(string[] scopes, IReadOnlyList<TeamsCommand> commands)
    {
        var list = new JsonArray();
        foreach (TeamsCommand command in commands.Take(10))
        {
            list.Add(new JsonObject { ["title"] = Cut(command.Title, 32), ["description"] = Cut(command.Description, 128) });
        }

        return new JsonObject { ["scopes"] = new JsonArray([.. scopes.Select(s => JsonValue.Create(s))]), ["commands"] = list };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
