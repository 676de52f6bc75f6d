using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>"Ask the staff", the staff's answer delivered proactively, open questions, and the staff's call/event forms.</summary>
public class QaStaffTests
{
    private const string StaffUserId = "29:staff-sauro";
    private const string StaffAad = "5a7e0000-0000-4000-8000-00000000staf";
    private const string StaffConversation = "a:1personal-sauro";
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2027-02-01T10:00:00+01:00", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AskTheStaff_ThenStaffAnswers_MemberGetsTheAnswerProactively()
    {
        await using BotApiFactory bot = await StartAsync();
        await StaffSaysAsync(bot, "aiuto"); // the staff member's 1:1 chat is now known to the bot
        Activity nothing = Assert.Single(await QaBot.AskAsync(bot, "Quanto costa il parcheggio in fiera?"));
        JsonObject ask = Assert.Single(CardReader.Actions(nothing, "qa.askStaff"));

        Activity asked = Assert.Single(await QaBot.PostAsync(bot, bot.Activities.CardSubmit("qa.askStaff", (JsonObject)ask["data"]!.DeepClone())));
        Assert.StartsWith("Ho inoltrato la tua domanda allo staff (n. ", ActivityFactory.PlainText(asked), StringComparison.Ordinal);
        string number = ActivityFactory.PlainText(asked)!.Split("n. ")[1].Split(')')[0];
        Activity notice = Assert.Single(ProactiveTo(bot, StaffConversation));
        Assert.Contains("Quanto costa il parcheggio in fiera?", ActivityFactory.PlainText(notice), StringComparison.Ordinal);
        Assert.Contains($"rispondi {number}", ActivityFactory.PlainText(notice), StringComparison.Ordinal);

        Activity open = Assert.Single(await StaffSaysAsync(bot, "domande aperte"));
        Assert.Contains("Quanto costa il parcheggio in fiera?", ActivityFactory.PlainText(open), StringComparison.Ordinal);

        Activity sent = Assert.Single(await StaffSaysAsync(bot, $"rispondi {number} Il parcheggio costa 10 € al giorno."));
        Assert.StartsWith($"Risposta alla domanda n. {number} inviata", ActivityFactory.PlainText(sent), StringComparison.Ordinal);
        Activity delivered = Assert.Single(ProactiveTo(bot, TestActivities.PersonalConversationId));
        Assert.Contains("Il parcheggio costa 10 € al giorno.", ActivityFactory.PlainText(delivered), StringComparison.Ordinal);
        Assert.Equal("it-IT", delivered.Locale);

        Activity none = Assert.Single(await StaffSaysAsync(bot, "domande aperte"));
        Assert.Equal("Non ci sono domande aperte.", none.Text);
    }

    [Fact]
    public async Task StaffCommands_FromAMember_AreTreatedAsQuestions()
    {
        await using BotApiFactory bot = await StartAsync();

        Activity reply = Assert.Single(await QaBot.AskAsync(bot, "rispondi 1 ciao"));

        Assert.DoesNotContain("inviata", ActivityFactory.PlainText(reply), StringComparison.Ordinal);
        Assert.NotNull(CardReader.Card(reply));
    }

    [Fact]
    public async Task NewCallForm_Saved_IsLiveAndAnswersQuestions()
    {
        await using BotApiFactory bot = await StartAsync();
        Activity form = Assert.Single(await StaffSaysAsync(bot, "nuovo bando"));
        Assert.Contains("Nuovo bando", CardReader.Strings(form), StringComparison.Ordinal);
        Assert.Single(CardReader.Actions(form, "qa.saveCall"));

        var inputs = new JsonObject
        {
            ["id"] = "er-quantum-health-2027", ["title"] = "Bando regionale quantum computing per la sanità", ["programme"] = "Regional",
            ["deadline"] = "2027-03-20", ["eligibility"] = "sme,university", ["priorities"] = "5", ["summary"] = "Algoritmi quantistici per la ricerca clinica.",
        };
        Activity saved = Assert.Single(await StaffPostsAsync(bot, "qa.saveCall", inputs));
        Assert.StartsWith("Salvato: Bando regionale quantum computing per la sanità (er-quantum-health-2027)", ActivityFactory.PlainText(saved), StringComparison.Ordinal);

        Activity answer = Assert.Single(await QaBot.AskAsync(bot, "bandi quantum computing"));
        Assert.Equal("er-quantum-health-2027", CardReader.ItemIds(answer)[0]);
    }

    [Fact]
    public async Task EditEventForm_InvalidDate_IsRejectedNamingTheField()
    {
        await using BotApiFactory bot = await StartAsync();
        Activity form = Assert.Single(await StaffSaysAsync(bot, "modifica evento board-2027-02"));
        Assert.Contains("2027-02-15T10:00:00+01:00", CardReader.Strings(form), StringComparison.Ordinal);

        var inputs = new JsonObject { ["id"] = "board-2027-02", ["title"] = "Board", ["kind"] = "board-meeting", ["start"] = "15/02/2027" };
        Activity rejected = Assert.Single(await StaffPostsAsync(bot, "qa.saveEvent", inputs));

        Assert.StartsWith("Non ho salvato", ActivityFactory.PlainText(rejected), StringComparison.Ordinal);
        Assert.Contains("start:", ActivityFactory.PlainText(rejected), StringComparison.Ordinal);
    }

    private static Task<BotApiFactory> StartAsync() =>
        QaBot.StartAsync(DevSet.KnowledgeFolder, Now, o => o.Configure("Staff:AadObjectIds:0", StaffAad));

    private static Task<List<Activity>> StaffSaysAsync(BotApiFactory bot, string text)
    {
        Activity message = bot.Activities.PersonalMessage(text, locale: null, conversationId: StaffConversation);
        message.From = TestActivities.User(StaffUserId, "Sauro Vicini", StaffAad);
        return QaBot.PostAsync(bot, message);
    }

    private static Task<List<Activity>> StaffPostsAsync(BotApiFactory bot, string verb, JsonObject inputs)
    {
        Activity submit = bot.Activities.CardSubmit(verb, inputs);
        submit.From = TestActivities.User(StaffUserId, "Sauro Vicini", StaffAad);
        submit.Conversation = new ConversationAccount { Id = StaffConversation, ConversationType = "personal", TenantId = TestActivities.TenantId };
        return QaBot.PostAsync(bot, submit);
    }

    private static List<Activity> ProactiveTo(BotApiFactory bot, string conversationId) =>
        [.. bot.Connector.Requests
            .Where(r => r.Kind == ConnectorOperation.SendToConversation && r.ConversationId == conversationId && r.Activity is not null)
            .Select(r => r.Activity!)];
}
