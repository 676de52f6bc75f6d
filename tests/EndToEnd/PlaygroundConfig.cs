using System.Text.Json.Nodes;

namespace ClustER.Tests.EndToEnd;

/// <summary>The Playground's mock tenant (<c>GET /_internal/v1/config</c>): its ids change on every start.</summary>
/// <param name="BotId">The bot's account id in the mock tenant.</param>
/// <param name="BotName">The bot's display name (used in mentions).</param>
/// <param name="CurrentUserId">The signed-in user (the one the web UI sends as).</param>
/// <param name="PersonalChatId">The 1:1 chat of the current user with the bot.</param>
/// <param name="GroupChatId">The group chat with the bot and other users.</param>
/// <param name="GeneralChannelId">The team's General channel.</param>
/// <param name="Raw">The whole configuration document.</param>
public sealed record PlaygroundConfig(string BotId, string BotName, string CurrentUserId, string PersonalChatId,
    string? GroupChatId, string? GeneralChannelId, JsonObject Raw)
{
    /// <summary>Reads the configuration document.</summary>
    internal static PlaygroundConfig From(JsonObject document)
    {
        JsonNode config = document["config"] ?? throw new InvalidOperationException("The Playground config has no 'config'.");
        return new PlaygroundConfig(
            Required(config["bot"]?["id"]),
            Required(config["bot"]?["name"]),
            Required(config["currentUser"]?["id"]),
            Required(config["personalChat"]?["id"]),
            config["groupChats"]?[0]?["id"]?.GetValue<string>(),
            config["teams"]?[0]?["channels"]?[0]?["id"]?.GetValue<string>(),
            document);
    }

    private static string Required(JsonNode? node) =>
        node?.GetValue<string>() ?? throw new InvalidOperationException("The Playground config lacks an expected id.");
}
