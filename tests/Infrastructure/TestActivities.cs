using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;

namespace ClustER.Tests.Infrastructure;

/// <summary>
/// Builds Teams-shaped inbound activities addressed to the bot, with their serviceUrl pointing at a
/// <see cref="FakeConnector"/>. Every activity gets a fresh id unless one is given.
/// </summary>
/// <param name="serviceUrl">Where the bot's replies go.</param>
public sealed class TestActivities(string serviceUrl)
{
    /// <summary>The bot's channel account id.</summary>
    public const string BotId = "28:clust-er-bot-test";

    /// <summary>The bot's display name (as in <c>Bot:Name</c>).</summary>
    public const string BotName = "ClustER.Bot";

    /// <summary>The tenant of every test activity.</summary>
    public const string TenantId = "72f988bf-0000-4000-8000-0000000000aa";

    /// <summary>The default member's channel account id.</summary>
    public const string UserId = "29:1anna-bianchi";

    /// <summary>The default member's name.</summary>
    public const string UserName = "Anna Bianchi";

    /// <summary>The default member's Entra object id.</summary>
    public const string UserAadObjectId = "6e1b7c44-0000-4000-8000-00000000a001";

    /// <summary>The default personal conversation.</summary>
    public const string PersonalConversationId = "a:1personal-anna";

    /// <summary>The default group chat.</summary>
    public const string GroupConversationId = "19:group-chat-1@thread.v2";

    /// <summary>The service URL the activities carry.</summary>
    public string ServiceUrl { get; } = serviceUrl;

    /// <summary>A message in the member's 1:1 chat with the bot, with Teams' clientInfo entity and tenant.</summary>
    public Activity PersonalMessage(string text, string? locale = "it-IT", string? id = null, string conversationId = PersonalConversationId,
        string userId = UserId, string userName = UserName) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? NewId(),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        // Another user is another Entra identity: only the default member carries the default object id.
        From = User(userId, userName, userId == UserId ? UserAadObjectId : null),
        Recipient = Bot(),
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        Text = text,
        TextFormat = "plain",
        Locale = locale,
        Entities = [ClientInfo(locale)],
        ChannelData = TeamsChannelData(),
    };

    /// <summary>A message in a group chat; with <paramref name="mentionBot"/> it starts with an <c>&lt;at&gt;</c> mention of the bot.</summary>
    public Activity GroupMessage(string text, bool mentionBot = true, string? locale = "it-IT", string? id = null, string conversationId = GroupConversationId)
    {
        string mention = $"<at>{BotName}</at>";
        var entities = new List<Entity> { ClientInfo(locale) };
        if (mentionBot)
        {
            entities.Add(Entity("""{"type":"mention","text":"<at>BOT</at>","mentioned":{"id":"BOTID","name":"BOT"}}"""
                .Replace("BOTID", BotId, StringComparison.Ordinal).Replace("BOT", BotName, StringComparison.Ordinal)));
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = id ?? NewId(),
            Timestamp = DateTimeOffset.UtcNow,
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            From = User(UserId, UserName),
            Recipient = Bot(),
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "groupChat", IsGroup = true, TenantId = TenantId },
            Text = mentionBot ? $"{mention} {text}" : text,
            TextFormat = "plain",
            Locale = locale,
            Entities = entities,
            ChannelData = TeamsChannelData(),
        };
    }

    /// <summary>A conversationUpdate announcing <paramref name="membersAdded"/> (default: the member and the bot).</summary>
    public Activity ConversationUpdate(IEnumerable<ChannelAccount>? membersAdded = null, IEnumerable<ChannelAccount>? membersRemoved = null,
        string conversationId = PersonalConversationId, string? id = null) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = id ?? NewId(),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = User(UserId, UserName),
        Recipient = Bot(),
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        MembersAdded = membersAdded?.ToList() ?? (membersRemoved is null ? [User(UserId, UserName), Bot()] : null),
        MembersRemoved = membersRemoved?.ToList(),
        ChannelData = TeamsChannelData(),
    };

    /// <summary>An installationUpdate: <c>add</c> when the member installs the app, <c>remove</c> when they uninstall it.</summary>
    public Activity InstallationUpdate(string action = "add", string conversationId = PersonalConversationId, string? id = null) => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Id = id ?? NewId(),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = User(UserId, UserName),
        Recipient = Bot(),
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        Action = action,
        Locale = "it-IT",
        ChannelData = TeamsChannelData(),
    };

    /// <summary>An Action.Submit press: a message with no text whose <c>value</c> is the data (with the verb) and inputs.</summary>
    public Activity CardSubmit(string verb, JsonObject? data = null, string? replyToId = "card-activity-1", string? id = null)
    {
        JsonObject value = data is null ? [] : (JsonObject)data.DeepClone();
        value["verb"] = verb;
        Activity activity = PersonalMessage(string.Empty, id: id);
        activity.Text = null;
        activity.Value = value;
        activity.ReplyToId = replyToId;
        return activity;
    }

    /// <summary>An Action.Execute press: an <c>adaptiveCard/action</c> invoke with <c>value.action.{verb,data}</c>.</summary>
    public Activity CardInvoke(string verb, JsonObject? data = null, string? id = null)
    {
        Activity activity = PersonalMessage(string.Empty, id: id);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.Text = null;
        activity.Entities = null;
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>A golden activity from <c>TestData/Activities</c>, re-addressed to this serviceUrl.</summary>
    public Activity FromTestData(string fileName, string? id = null)
    {
        Activity activity = JsonSerializer.Deserialize(TestData.ReadText("Activities", fileName), ProtocolJsonContext.Default.Activity)
            ?? throw new InvalidOperationException($"{fileName} is not an activity.");
        activity.ServiceUrl = ServiceUrl;
        activity.Id = id ?? activity.Id;
        return activity;
    }

    /// <summary>The bot's account.</summary>
    public static ChannelAccount Bot() => new() { Id = BotId, Name = BotName, Role = "bot" };

    /// <summary>A member's account.</summary>
    public static ChannelAccount User(string id = UserId, string name = UserName, string? aadObjectId = UserAadObjectId) =>
        new() { Id = id, Name = name, AadObjectId = aadObjectId, Role = "user" };

    /// <summary>A new activity id.</summary>
    public static string NewId() => $"1:{Guid.NewGuid():N}";

    private static Entity ClientInfo(string? locale) =>
        Entity($$"""{"type":"clientInfo","locale":"{{locale ?? "it-IT"}}","country":"IT","platform":"Web","timezone":"Europe/Rome"}""");

    private static JsonObject TeamsChannelData() => new() { ["tenant"] = new JsonObject { ["id"] = TenantId } };

    private static Entity Entity(string json) =>
        JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Entity) ?? throw new InvalidOperationException("Not an entity.");
}
