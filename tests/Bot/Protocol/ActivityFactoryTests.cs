using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Protocol;

public class ActivityFactoryTests
{
    [Fact]
    public void AsReplyTo_InboundMessage_AddressesBackWithoutTouchingTheInbound()
    {
        Activity inbound = new TestActivities("https://smba.example/emea/").PersonalMessage("ciao", locale: "en-US");
        string before = JsonSerializer.Serialize(inbound, ProtocolJsonContext.Default.Activity);

        Activity reply = ActivityFactory.AsReplyTo(ActivityFactory.Text("hello"), inbound);

        Assert.Equal(before, JsonSerializer.Serialize(inbound, ProtocolJsonContext.Default.Activity));
        Assert.Equal(TestActivities.BotId, reply.From!.Id);
        Assert.Equal(TestActivities.UserId, reply.Recipient!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("https://smba.example/emea/", reply.ServiceUrl);
        Assert.Equal("en-US", reply.Locale);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void Card_LongFallbackText_SummarisesTheFirstLine()
    {
        string text = new string('a', 200) + "\nsecond line";

        Activity card = ActivityFactory.Card(new JsonObject { ["type"] = "AdaptiveCard" }, text);

        Assert.Equal(120, card.Summary!.Length);
        Assert.EndsWith("…", card.Summary, StringComparison.Ordinal);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.Attachments![0].ContentType);
    }
}
