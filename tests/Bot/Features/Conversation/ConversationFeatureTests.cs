using System.Text.Json.Nodes;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Conversation;

public class ConversationFeatureTests
{
    [Theory]
    [InlineData("aiuto", "it-IT", "Cosa so fare")]
    [InlineData("help", "en-US", "What I can do")]
    public async Task Help_InEitherLanguage_RepliesWithHelpCardInThatLanguage(string text, string locale, string expectedLine)
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();

        await bot.PostActivityAsync(bot.Activities.PersonalMessage(text, locale: null));

        Activity reply = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        Assert.Equal(locale, reply.Locale);
        JsonNode card = Assert.Single(reply.Attachments!).Content!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Contains(expectedLine, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(expectedLine, ActivityFactory.PlainText(reply), StringComparison.Ordinal);
        Assert.Null(reply.Text);
    }

    [Fact]
    public async Task Help_ForStaff_ShowsStaffCommandsThatMembersDoNotSee()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => o
            .Configure("Staff:AadObjectIds:0", TestActivities.UserAadObjectId)
            .ConfigureServices(s => s.AddSingleton<IHelpContributor>(new StaffOnlyHelp())));

        await bot.PostActivityAsync(bot.Activities.PersonalMessage("aiuto"));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("aiuto", userId: "29:other-member", userName: "Marco Rossi",
            conversationId: "a:1personal-marco"));

        IReadOnlyList<Activity> replies = await bot.Connector.WaitForActivitiesAsync(2);
        Assert.Contains("convoca la prova", ActivityFactory.PlainText(replies.Single(r => r.Conversation!.Id == TestActivities.PersonalConversationId)), StringComparison.Ordinal);
        Assert.DoesNotContain("convoca la prova", ActivityFactory.PlainText(replies.Single(r => r.Conversation!.Id == "a:1personal-marco")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetLanguage_FromCardButton_IsRememberedForMessagesWithoutLanguageEvidence()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();

        await bot.PostActivityAsync(bot.Activities.CardSubmit("setLanguage", new JsonObject { ["language"] = "en" }));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("?", locale: "it-IT"));

        IReadOnlyList<Activity> replies = await bot.Connector.WaitForActivitiesAsync(2);
        Assert.Equal("en-US", replies[0].Locale);
        Assert.Equal("en-US", replies[1].Locale);
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        Person anna = await scope.ServiceProvider.GetRequiredService<BotDbContext>().People.SingleAsync(p => p.TeamsUserId == TestActivities.UserId);
        Assert.Equal("en", anna.PreferredLanguage);
    }

    [Fact]
    public async Task Welcome_RepeatedInstallEvents_WelcomesTheConversationOnce()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();

        await bot.PostActivityAsync(bot.Activities.InstallationUpdate("add"));
        await bot.PostActivityAsync(bot.Activities.ConversationUpdate());
        await bot.PostActivityAsync(bot.Activities.InstallationUpdate("add"));

        Activity welcome = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        await Task.Delay(200);
        Assert.Single(bot.Connector.Activities);
        string text = ActivityFactory.PlainText(welcome)!;
        Assert.Contains("annulla iscrizione", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_MessageWithoutMention_IsIgnored_WithMention_IsAnsweredWithoutTheMention()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();

        await bot.PostActivityAsync(bot.Activities.GroupMessage("aiuto", mentionBot: false));
        await bot.PostActivityAsync(bot.Activities.GroupMessage("aiuto", mentionBot: true));

        Activity reply = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        Assert.Equal(TestActivities.GroupConversationId, reply.Conversation!.Id);
        Assert.NotNull(reply.Attachments);
        await Task.Delay(200);
        Assert.Single(bot.Connector.Activities);
    }

    [Fact]
    public async Task Uninstall_MarksThePersonUnreachable()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("aiuto"));

        await bot.PostActivityAsync(bot.Activities.InstallationUpdate("remove"));

        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Person anna = await db.People.SingleAsync(p => p.TeamsUserId == TestActivities.UserId);
        Assert.False(anna.IsReachable);
        Assert.False((await db.Conversations.SingleAsync(c => c.ConversationId == TestActivities.PersonalConversationId)).IsInstalled);
    }

    [Fact]
    public async Task Message_Empty_GetsAPoliteHint()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();

        await bot.PostActivityAsync(bot.Activities.PersonalMessage("   "));

        Activity reply = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
        Assert.Contains("aiuto", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_VeryLong_IsCutAndTheMemberIsTold()
    {
        string seen = "";
        await using BotApiFactory echo = await BotApiFactory.StartAsync(o => o.Configure("Bot:MaxMessageChars", "50")
            .AddFeature(r => r.Add(new ClustER.Bot.Routing.Route("test:capture", c => c.Activity.Type == ActivityTypes.Message,
                (c, ct) => { seen = c.Text; return Task.CompletedTask; }))));

        await echo.PostActivityAsync(echo.Activities.PersonalMessage(new string('x', 5000)));

        Activity notice = Assert.Single(await echo.Connector.WaitForActivitiesAsync(1));
        Assert.Contains("50", notice.Text, StringComparison.Ordinal);
        Assert.Equal(50, seen.Length);
    }

    [Fact]
    public async Task HandlerFailure_MemberGetsApologyInTheirLanguage_AndTheBotKeepsServing()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => o.AddFeature(r =>
            r.Add(new ClustER.Bot.Routing.Route("test:boom", c => c.Text == "boom please", (_, _) => throw new InvalidOperationException("boom")))));

        await bot.PostActivityAsync(bot.Activities.PersonalMessage("boom please", locale: "it-IT"));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("help", locale: "it-IT"));

        IReadOnlyList<Activity> replies = await bot.Connector.WaitForActivitiesAsync(2);
        Assert.Equal("it-IT", replies[0].Locale);
        Assert.Contains("Mi dispiace", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", replies[0].Text, StringComparison.Ordinal);
        Assert.NotNull(replies[1].Attachments);
    }

    private sealed class StaffOnlyHelp : IHelpContributor
    {
        public int Order => 1;

        public IEnumerable<HelpEntry> GetEntries(string language) => [new HelpEntry("Prova staff", "convoca la prova", StaffOnly: true)];
    }
}
