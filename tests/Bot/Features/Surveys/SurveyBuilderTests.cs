using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Tests.Infrastructure;
using static ClustER.Tests.Bot.Features.Surveys.SurveyFlowTests;

namespace ClustER.Tests.Bot.Features.Surveys;

/// <summary>Staff draft a short survey from chat; it is checked like a file, saved in the folder and can be sent.</summary>
public sealed class SurveyBuilderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("surveys-").FullName;

    [Fact]
    public async Task Builder_InvalidThenValid_SavesADefinitionThatCanBeSent()
    {
        await using BotApiFactory bot = await StartAsync(o => o.Configure("Surveys:Path", _folder));
        await MeetMembersAsync(bot);

        await bot.PostActivityAsync(bot.Activities.PersonalMessage("nuovo sondaggio"));
        Assert.Contains("q4Label", LastCard(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);

        var inputs = new JsonObject
        {
            ["name"] = "evento-2027", ["titleIt"] = "Evento di primavera", ["anonymous"] = "false",
            ["q1Label"] = "Parteciperai?", ["q1Kind"] = "yes-no", ["q1Required"] = "true",
            ["q2Label"] = "Quale sede?", ["q2Kind"] = "single-choice", ["q2Options"] = "Bologna",
        };
        HttpResponseMessage invalid = await bot.PostActivityAsync(bot.Activities.CardInvoke("surveySaveDraft", inputs));
        string card = (await BotApiFactory.ReadInvokeResponseAsync(invalid))!.Value!.ToJsonString(Readable);
        Assert.Contains("questions[1].options", card, StringComparison.Ordinal);
        Assert.Contains("Evento di primavera", card, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));

        inputs["q2Options"] = "Bologna, Modena, Parma";
        await bot.PostActivityAsync(bot.Activities.CardInvoke("surveySaveDraft", inputs));
        Assert.True(File.Exists(Path.Combine(_folder, "evento-2027.json")));

        string close = DateTime.UtcNow.AddDays(5).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await bot.PostActivityAsync(bot.Activities.PersonalMessage($"invia sondaggio evento-2027 a GdL 3, chiude il {close}"));
        string confirm = LastCard(bot, TestActivities.PersonalConversationId);
        Assert.Contains("Evento di primavera", confirm, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2\"", confirm, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
