using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>The answer card's buttons and the bad-input replies, through the real endpoint, on the dev set's knowledge.</summary>
public class QaFeatureTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2027-02-01T10:00:00+01:00", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ShowMore_OnALongAnswer_SendsTheNextPageWithoutRepeats()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);
        Activity first = Assert.Single(await QaBot.AskAsync(bot, "bandi aperti"));
        List<string> page1 = CardReader.ItemIds(first);
        JsonObject more = Assert.Single(CardReader.Actions(first, "qa.more"));

        Activity second = Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.more", (JsonObject)more["data"]!.DeepClone())));

        List<string> page2 = CardReader.ItemIds(second);
        Assert.Equal(5, page1.Count);
        Assert.NotEmpty(page2);
        Assert.Empty(page1.Intersect(page2));
        Assert.Equal("it-IT", second.Locale);
    }

    [Fact]
    public async Task Answer_ForACall_ShowsFullTitleProgrammeDeadlineWithHintBudgetEligibilityAndLink()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);

        Activity reply = Assert.Single(await QaBot.AskAsync(bot, "What's the deadline for the EIC Accelerator?"));

        string card = CardReader.Strings(reply);
        Assert.Contains("EIC Accelerator – March 2027 cut-off", card, StringComparison.Ordinal);
        Assert.Contains("11 March 2027, 17:00 (in 38 days)", card, StringComparison.Ordinal);
        Assert.Contains("Up to €2.5M grant plus equity up to €10M", card, StringComparison.Ordinal);
        Assert.Contains("SMEs, startups", card, StringComparison.Ordinal);
        Assert.Contains("https://eic.ec.europa.eu/eic-funding-opportunities/eic-accelerator_en", CardReader.OpenUrls(reply));
        Assert.Contains("The deadline of EIC Accelerator – March 2027 cut-off is 11 March 2027, 17:00 (in 38 days).", ActivityFactory.PlainText(reply), StringComparison.Ordinal);
        Assert.Equal("1.5", CardReader.Card(reply)!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Details_ThenRemindTwice_SubscribesOnce()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);
        Activity answer = Assert.Single(await QaBot.AskAsync(bot, "Dove si tiene Exposanità?"));
        Assert.Contains("Exposanità 2027 si tiene a BolognaFiere, Bologna", ActivityFactory.PlainText(answer), StringComparison.Ordinal);
        JsonObject details = CardReader.Actions(answer, "qa.details")[0];
        JsonObject remind = CardReader.Actions(answer, "qa.remind")[0];

        Activity shown = Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.details", (JsonObject)details["data"]!.DeepClone())));
        Activity first = Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.remind", (JsonObject)remind["data"]!.DeepClone())));
        Activity again = Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.remind", (JsonObject)remind["data"]!.DeepClone())));

        Assert.Contains("workshops on its strategic priorities", CardReader.Strings(shown), StringComparison.Ordinal);
        Assert.StartsWith("Ti ricorderò", ActivityFactory.PlainText(first), StringComparison.Ordinal);
        Assert.StartsWith("Mi avevi già chiesto", ActivityFactory.PlainText(again), StringComparison.Ordinal);
        using IServiceScope scope = bot.Services.CreateScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Assert.Equal(1, await db.Subscriptions.CountAsync(s => s.ItemId == "exposanita-2027"));
    }

    [Fact]
    public async Task Remind_AfterItsRemindersWereStopped_FollowsAgainAndSaysSo()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);
        Activity answer = Assert.Single(await QaBot.AskAsync(bot, "Dove si tiene Exposanità?"));
        JsonObject remind = CardReader.Actions(answer, "qa.remind")[0];
        Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.remind", (JsonObject)remind["data"]!.DeepClone())));
        string itemKey = ClustER.Bot.Features.Knowledge.KnowledgeSubjectSource.ItemKey(ClustER.Bot.Features.Knowledge.Model.KnowledgeKind.Event, "exposanita-2027");
        await using (AsyncServiceScope scope = bot.Services.CreateAsyncScope())
        {
            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            int personId = await db.ReminderSubscriptions.Where(s => s.ItemKey == itemKey).Select(s => s.PersonId).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<ClustER.Bot.Features.Reminders.MemberReminders>().StopAsync(personId, itemKey, default);
        }

        Activity again = Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.remind", (JsonObject)remind["data"]!.DeepClone())));

        Assert.StartsWith("Ti ricorderò", ActivityFactory.PlainText(again), StringComparison.Ordinal);
        await using AsyncServiceScope check = bot.Services.CreateAsyncScope();
        BotDbContext after = check.ServiceProvider.GetRequiredService<BotDbContext>();
        Assert.Equal(1, await after.ReminderSubscriptions.CountAsync(s => s.ItemKey == itemKey));
        Assert.Equal(0, await after.ReminderOptOuts.CountAsync(o => o.ItemKey == itemKey));
    }

    [Fact]
    public async Task AddToCalendar_SignedLink_ServesIcsAndRefusesTampering()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);
        Activity answer = Assert.Single(await QaBot.AskAsync(bot, "next board meeting"));
        string link = CardReader.OpenUrls(answer).Single(u => u.Contains("/calendar/event/board-2027-02.ics", StringComparison.Ordinal));
        var uri = new Uri(link);

        using HttpResponseMessage ok = await bot.Client.GetAsync(uri.PathAndQuery.TrimStart('/'));
        using HttpResponseMessage tampered = await bot.Client.GetAsync(uri.PathAndQuery.TrimStart('/').Replace("board-2027-02", "ga-2027-spring", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("text/calendar", ok.Content.Headers.ContentType!.MediaType);
        string ics = await ok.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Executive Board meeting – February 2027", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20270215T090000Z", ics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
    }

    [Theory]
    [InlineData("🙂🙂🙂", "Non ho capito")]
    [InlineData("'; DROP TABLE KnowledgeCalls; --", "I have no calls")]
    [InlineData("<script>alert(1)</script> bandi", "Non ho bandi")]
    public async Task Ask_BadInput_RepliesHonestlyWithoutItems(string text, string expected)
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);

        Activity reply = Assert.Single(await QaBot.AskAsync(bot, text));

        Assert.Empty(CardReader.ItemIds(reply));
        Assert.Contains(expected, ActivityFactory.PlainText(reply), StringComparison.Ordinal);
        Assert.Single(CardReader.Actions(reply, "qa.askStaff"));
    }

    [Fact]
    public async Task Ask_VeryLongMessage_IsCutAndStillAnswered()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);

        List<Activity> replies = await QaBot.AskAsync(bot, "bandi per ospedali " + new string('x', 5000));

        Assert.Equal(2, replies.Count);
        Assert.Contains(replies, r => CardReader.ItemIds(r).Contains("pnrr-telemedicina-ospedali"));
    }

    [Fact]
    public async Task Ask_MixedLanguages_StillFindsTheItems()
    {
        await using BotApiFactory bot = await QaBot.StartAsync(DevSet.KnowledgeFolder, Now);

        Activity reply = Assert.Single(await QaBot.AskAsync(bot, "bandi for startups aperti"));

        Assert.Contains("fesr-er-startup-2027", CardReader.ItemIds(reply));
    }
}
