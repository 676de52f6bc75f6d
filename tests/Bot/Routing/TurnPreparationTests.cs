using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Routing;

public class TurnPreparationTests
{
    private static readonly TestActivities Activities = new("https://smba.example/emea/");

    [Fact]
    public void StripBotMentions_GroupMessage_RemovesTheBotMention()
    {
        Assert.Equal("aiuto", TurnPreparation.StripBotMentions(Activities.GroupMessage("aiuto")));
    }

    [Fact]
    public void StripBotMentions_GoldenChannelMessage_KeepsOtherMentionsAsNames()
    {
        Activity activity = Activities.FromTestData("teams-channel-mention.json");

        Assert.Equal("prossimi eventi per Gruppo Digital Health", TurnPreparation.StripBotMentions(activity));
    }

    [Fact]
    public void StripBotMentions_MentionInTheMiddle_LeavesOneSpace()
    {
        Activity activity = Activities.GroupMessage("x");
        activity.Text = "dimmi <at>ClustER.Bot</at>   gli eventi";

        Assert.Equal("dimmi gli eventi", TurnPreparation.StripBotMentions(activity));
    }

    [Fact]
    public void StripBotMentions_TagWithoutEntity_StillRemovesTheBotByName()
    {
        Activity activity = Activities.GroupMessage("eventi", mentionBot: false);
        activity.Text = "<at>ClustER.Bot</at> eventi";

        Assert.Equal("eventi", TurnPreparation.StripBotMentions(activity));
    }

    [Fact]
    public void StripBotMentions_PersonalMessage_OnlyTrims()
    {
        Assert.Equal("quali bandi sono aperti?", TurnPreparation.StripBotMentions(Activities.PersonalMessage("  quali bandi sono aperti?\n")));
    }

    [Fact]
    public void MentionsBot_GroupMessage_TrueOnlyWithTheBotsMention()
    {
        Assert.True(TurnPreparation.MentionsBot(Activities.GroupMessage("aiuto")));
        Assert.False(TurnPreparation.MentionsBot(Activities.GroupMessage("aiuto", mentionBot: false)));
    }

    [Fact]
    public void Prepare_ActionSubmit_ReadsVerbAndData()
    {
        TurnContext context = ActivityRouterTests.CreateContext(Activities.FromTestData("action-submit-message.json"));

        Assert.Equal("poll.vote", context.CardAction!.Verb);
        Assert.False(context.CardAction.IsInvoke);
        Assert.Equal(42, context.CardAction.GetInt32("pollId"));
        Assert.Equal("b", context.CardAction.GetString("choice"));
        Assert.Equal(string.Empty, context.Text);
    }

    [Fact]
    public void Prepare_ActionExecuteInvoke_ReadsVerbAndData()
    {
        TurnContext context = ActivityRouterTests.CreateContext(Activities.FromTestData("adaptive-card-action-invoke.json"));

        Assert.Equal("poll.vote", context.CardAction!.Verb);
        Assert.True(context.CardAction.IsInvoke);
        Assert.Equal(42, context.CardAction.GetInt32("pollId"));
    }

    [Theory]
    [InlineData("""{"action":{"verb":42}}""")]
    [InlineData("""{"action":"poll.vote"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"action":{"verb":""}}""")]
    public void Prepare_MalformedInvokeValue_HasNoCardActionAndDoesNotThrow(string value)
    {
        Activity activity = Activities.CardInvoke("x");
        activity.Value = JsonNode.Parse(value);

        TurnContext context = ActivityRouterTests.CreateContext(activity);

        Assert.Null(context.CardAction);
    }

    [Fact]
    public void Prepare_SubmitData_IsACopyTheHandlerCannotUseToChangeTheActivity()
    {
        Activity activity = Activities.CardSubmit("poll.vote", new JsonObject { ["choice"] = "a" });
        TurnContext context = ActivityRouterTests.CreateContext(activity);

        context.CardAction!.Data["choice"] = "z";

        Assert.Equal("a", activity.Value!["choice"]!.GetValue<string>());
    }

    [Fact]
    public void GetInt32_NumericString_IsParsed()
    {
        var action = new CardAction("v", JsonSerializer.Deserialize<JsonObject>("""{"n":"17","bad":"x"}""")!, IsInvoke: false);

        Assert.Equal(17, action.GetInt32("n"));
        Assert.Null(action.GetInt32("bad"));
        Assert.Null(action.GetInt32("missing"));
    }
}
