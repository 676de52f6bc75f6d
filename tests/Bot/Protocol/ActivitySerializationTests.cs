using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Protocol;

public class ActivitySerializationTests
{
    public static TheoryData<string> GoldenActivities() =>
    [
        "teams-personal-message.json",
        "teams-group-mention.json",
        "teams-channel-mention.json",
        "conversation-update-members-added.json",
        "installation-update-add.json",
        "installation-update-remove.json",
        "action-submit-message.json",
        "adaptive-card-action-invoke.json",
        "unknown-fields.json",
        "unknown-type.json",
    ];

    [Theory]
    [MemberData(nameof(GoldenActivities))]
    public void RoundTrip_GoldenActivity_PreservesEveryField(string file)
    {
        string original = TestData.ReadText("Activities", file);

        Activity activity = Deserialize(original);
        string written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        JsonAssert.Equivalent(JsonNode.Parse(original), JsonNode.Parse(written));
    }

    [Fact]
    public void Deserialize_UnknownFields_KeepsThemAtEveryLevel()
    {
        Activity activity = Deserialize(TestData.ReadText("Activities", "unknown-fields.json"));

        Assert.Equal(12345678901234, activity.ExtensionData!["x-future-number"].GetInt64());
        Assert.Equal("start", activity.ExtensionData["semanticAction"].GetProperty("state").GetString());
        Assert.Equal("anna.bianchi@example.org", activity.From!.ExtensionData!["userPrincipalName"].GetString());
        Assert.True(activity.Conversation!.ExtensionData!["properties"].GetProperty("futureFlag").GetBoolean());
        Assert.Equal("https://contoso.sharepoint.com/thumb.png", activity.Attachments![0].ExtensionData!["thumbnailUrl"].GetString());
        Assert.Equal("Message", activity.Entities![0].GetString("@type"));
    }

    [Fact]
    public void Deserialize_TeamsPersonalMessage_ReadsTenantLocaleAndClientInfo()
    {
        Activity activity = Deserialize(TestData.ReadText("Activities", "teams-personal-message.json"));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("72f988bf-0000-4000-8000-0000000000aa", TeamsChannelData.TenantId(activity));
        Assert.Equal("Europe/Rome", TeamsChannelData.ClientInfo(activity, "timezone"));
        Assert.Equal("it-IT", activity.Locale);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 2, TimeSpan.Zero), activity.Timestamp!.Value.AddTicks(-4471234));
    }

    [Fact]
    public void Deserialize_ChannelConversationUpdate_ReadsTeamsEventType()
    {
        Activity activity = Deserialize("""{"type":"conversationUpdate","channelData":{"eventType":"teamMemberAdded","tenant":{"id":"t1"}}}""");

        Assert.Equal("teamMemberAdded", TeamsChannelData.EventType(activity));
        Assert.Equal("t1", TeamsChannelData.TenantId(activity));
    }

    [Theory]
    [InlineData("""{"type":"message","channelData":[1,2]}""")]
    [InlineData("""{"type":"message","channelData":{"tenant":"not-an-object"}}""")]
    [InlineData("""{"type":"message","channelData":{"tenant":{"id":42}}}""")]
    public void TenantId_OddChannelData_FallsBackWithoutThrowing(string json)
    {
        Activity activity = Deserialize(json);
        activity.Conversation = new ConversationAccount { TenantId = "from-conversation" };

        Assert.Equal("from-conversation", TeamsChannelData.TenantId(activity));
    }

    [Fact]
    public void Serialize_OutboundActivity_OmitsNullsAndUsesCamelCase()
    {
        Activity reply = ActivityFactory.Text("ciao", "it-IT");

        string json = JsonSerializer.Serialize(reply, ProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","textFormat":"markdown","locale":"it-IT","text":"ciao"}""", json);
    }

    private static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity) ?? throw new InvalidOperationException("null activity");
}
