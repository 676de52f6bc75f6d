using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Surveys;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClustER.Tests.Bot.Features.Surveys.SurveyFlowTests;

namespace ClustER.Tests.Bot.Features.Surveys;

/// <summary>Anonymity (checked in the database), retention and the personal-data contract.</summary>
public sealed class SurveyPrivacyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("surveys-").FullName;

    [Fact]
    public async Task AnonymousSurvey_StoresWhoAnsweredApartFromWhat_AndRefusesASecondAnswer()
    {
        File.WriteAllText(Path.Combine(_folder, "clima.json"), """
            { "id": "clima", "title": { "it": "Clima associativo" }, "anonymous": true,
              "questions": [ { "id": "voto", "kind": "rating", "required": true, "label": { "it": "Voto" } },
                             { "id": "note", "kind": "free-text", "label": { "it": "Note" } } ] }
            """);
        await using BotApiFactory bot = await StartAsync(o => o.Configure("Surveys:Path", _folder));
        await MeetMembersAsync(bot);
        int surveyId = await SendAndConfirmAsync(bot, "clima", 4);

        await bot.PostActivityAsync(Answer(bot, 1, surveyId, new JsonObject { ["q_voto"] = "4", ["q_note"] = "bene" }));
        Assert.Contains("Risposte anonime registrate", LastUpdatedCard(bot, "a:m-1"), StringComparison.Ordinal);
        await bot.PostActivityAsync(Answer(bot, 1, surveyId, new JsonObject { ["q_voto"] = "1", ["q_note"] = "male" }));
        Assert.Contains("Hai già risposto", LastText(bot, "a:m-1"), StringComparison.Ordinal);

        var responses = await ScalarAsync(bot, db => db.SurveyResponses.AsNoTracking().ToListAsync());
        SurveyResponse only = Assert.Single(responses);
        Assert.Null(only.PersonId);
        Assert.Null(only.UpdatedAt);
        Assert.Contains("\"voto\":4", only.AnswersJson, StringComparison.Ordinal);
        int memberId = await ScalarAsync(bot, db => db.People.Where(p => p.TeamsUserId == "29:m-1").Select(p => p.Id).SingleAsync());
        Assert.Equal([memberId], await ScalarAsync(bot, db => db.SurveyParticipations.Select(p => p.PersonId).ToListAsync()));

        // The export has the participation and no answers; the CSV has no respondent column.
        JsonNode export = (await ContributorAsync(bot, c => c.ExportAsync(memberId, default)))!;
        Assert.Null(export[0]!["answers"]);
        Assert.True(export[0]!["anonymous"]!.GetValue<bool>());

        // Reminders skip who answered even though nothing links them to the answers.
        await RunAsync<RemindSurveyJob>(bot, j => j.RunAsync(surveyId, 2, default));
        Assert.DoesNotContain(bot.Connector.Activities, a => a.Conversation?.Id == "a:m-1" && a.Summary?.Contains("non hai ancora risposto", StringComparison.Ordinal) == true);
        Assert.Contains(bot.Connector.Activities, a => a.Conversation?.Id == "a:m-2" && a.Summary?.Contains("non hai ancora risposto", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task NamedSurvey_ExportEraseAndRetention()
    {
        await using BotApiFactory bot = await StartAsync(o => o.Configure("Surveys:RetentionMonths", "6"));
        await MeetMembersAsync(bot);
        int surveyId = await SendAndConfirmAsync(bot, "internazionalizzazione", 4);
        await bot.PostActivityAsync(Answer(bot, 1, surveyId, Answers(regions: "usa", rating: "4", support: "fairs")));
        await bot.PostActivityAsync(Answer(bot, 2, surveyId, Answers(regions: "japan", rating: "2", support: "partners")));
        int member1 = await ScalarAsync(bot, db => db.People.Where(p => p.TeamsUserId == "29:m-1").Select(p => p.Id).SingleAsync());

        JsonNode export = (await ContributorAsync(bot, c => c.ExportAsync(member1, default)))!;
        Assert.Equal("usa", export[0]!["answers"]!["regions"]![0]!.GetValue<string>());
        await ContributorAsync(bot, async c => { await c.EraseAsync(member1, default); return (JsonNode?)null; });
        Assert.Null(await ContributorAsync(bot, c => c.ExportAsync(member1, default)));
        Assert.Equal(1, await ScalarAsync(bot, db => db.SurveyResponses.CountAsync()));

        // Closed seven months ago: the retention sweep deletes the personal answers; a recent close would keep them.
        await ScalarAsync(bot, db => db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.State, SurveyState.Closed).SetProperty(s => s.ClosedAt, DateTimeOffset.UtcNow.AddMonths(-5))));
        await RunAsync<PurgeSurveyAnswersJob>(bot, j => j.RunAsync(default));
        Assert.Equal(1, await ScalarAsync(bot, db => db.SurveyResponses.CountAsync()));
        await ScalarAsync(bot, db => db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.ClosedAt, DateTimeOffset.UtcNow.AddMonths(-7))));
        await RunAsync<PurgeSurveyAnswersJob>(bot, j => j.RunAsync(default));
        Assert.Equal(0, await ScalarAsync(bot, db => db.SurveyResponses.CountAsync()));
        Assert.NotNull(await ScalarAsync(bot, db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.AnswersPurgedAt).SingleAsync()));
    }

    internal static async Task<int> SendAndConfirmAsync(BotApiFactory bot, string name, int expected)
    {
        string close = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await bot.PostActivityAsync(bot.Activities.PersonalMessage($"invia sondaggio {name} a tutti, chiude il {close}"));
        int surveyId = await ScalarAsync(bot, db => db.Surveys.MaxAsync(s => s.Id));
        await bot.PostActivityAsync(bot.Activities.CardSubmit("surveyConfirm", new JsonObject { ["surveyId"] = surveyId, ["reminderDays"] = "2" }));
        await bot.Connector.WaitForRequestsAsync(r => IsForm(r.Activity), expected, TimeSpan.FromSeconds(30));
        return surveyId;
    }

    private static async Task<JsonNode?> ContributorAsync(BotApiFactory bot, Func<IPersonalDataContributor, Task<JsonNode?>> use)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetServices<IPersonalDataContributor>().Single(c => c.Section == "surveys"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
