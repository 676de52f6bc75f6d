using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Surveys;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Surveys;

/// <summary>The survey flow through the real endpoint: send, confirm, fan-out, answers in the card, reminders, results, chart, CSV, close.</summary>
public sealed class SurveyFlowTests
{
    private const string Survey = "internazionalizzazione";

    [Fact]
    public async Task SendConfirmAnswerRemindResultsClose_ThroughApiMessages()
    {
        await using BotApiFactory bot = await StartAsync();
        await MeetMembersAsync(bot);
        string close = DateTime.UtcNow.AddDays(20).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        // A member may not send; the attempt is refused politely and logged.
        await bot.PostActivityAsync(Member(bot, 1, $"invia sondaggio {Survey} a tutti, chiude il {close}"));
        Assert.Contains("riservato allo staff", LastText(bot, "a:m-1"), StringComparison.Ordinal);
        Assert.Single(bot.Logs.WithEventId(4500));

        // Audience sizes: WG 3 = two members, startups = one, everyone = three members and the staff member.
        await bot.PostActivityAsync(bot.Activities.PersonalMessage($"invia sondaggio {Survey} a GdL 3, chiude il {close}"));
        Assert.Contains("\"Persone raggiunte\",\"value\":\"2\"", LastCard(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        await bot.PostActivityAsync(bot.Activities.PersonalMessage($"send survey {Survey} to startups, closes {close}", locale: "en-US"));
        Assert.Contains("\"People reached\",\"value\":\"1\"", LastCard(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        await bot.PostActivityAsync(bot.Activities.PersonalMessage($"invia sondaggio {Survey} a tutti, chiude il {close}, promemoria 3 e 1 giorni prima"));
        string confirm = LastCard(bot, TestActivities.PersonalConversationId);
        Assert.Contains("\"value\":\"4\"", confirm, StringComparison.Ordinal);
        Assert.Contains("3, 1", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Connector.Activities, a => IsForm(a));

        // Confirm (Action.Execute): the card is replaced with the outcome; a second press sends nothing more.
        int surveyId = await ScalarAsync(bot, db => db.Surveys.MaxAsync(s => s.Id));
        HttpResponseMessage confirmed = await bot.PostActivityAsync(bot.Activities.CardInvoke("surveyConfirm", new JsonObject { ["surveyId"] = surveyId, ["reminderDays"] = "3, 1" }));
        Assert.Contains("Invio avviato a 4 persone", (await BotApiFactory.ReadInvokeResponseAsync(confirmed))!.Value!.ToJsonString(Readable), StringComparison.Ordinal);
        HttpResponseMessage again = await bot.PostActivityAsync(bot.Activities.CardInvoke("surveyConfirm", new JsonObject { ["surveyId"] = surveyId }));
        Assert.Contains("già stato inviato", (await BotApiFactory.ReadInvokeResponseAsync(again))!.Value!.ToJsonString(Readable), StringComparison.Ordinal);

        // Hangfire sends the form to each of the four, once.
        await bot.Connector.WaitForRequestsAsync(r => r.Kind == ConnectorOperation.SendToConversation && IsForm(r.Activity), 4, TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal(4, bot.Connector.Requests.Count(r => r.Kind == ConnectorOperation.SendToConversation && IsForm(r.Activity)));
        Assert.Equal(4, await ScalarAsync(bot, db => db.Deliveries.CountAsync(d => d.Kind == SendSurveyJob.LedgerKind && d.Status == DeliveryStatus.Sent)));

        // A form with a required answer missing and a rating out of range: the errors are in the card, nothing is stored.
        await bot.PostActivityAsync(Answer(bot, 1, surveyId, Answers(regions: "usa", rating: "9", support: null)));
        string invalid = LastUpdatedCard(bot, "a:m-1");
        Assert.Contains("Risposta obbligatoria.", invalid, StringComparison.Ordinal);
        Assert.Contains("Scegli un voto da 1 a 5.", invalid, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"usa\"", invalid, StringComparison.Ordinal);
        Assert.Equal(0, await ScalarAsync(bot, db => db.SurveyResponses.CountAsync()));

        // Valid answers, then an edit: still one response for the person, with the new rating.
        await bot.PostActivityAsync(Answer(bot, 1, surveyId, Answers(regions: "usa,japan", rating: "4", support: "fairs", yesNo: "yes")));
        Assert.Contains("Risposte registrate", LastUpdatedCard(bot, "a:m-1"), StringComparison.Ordinal);
        await bot.PostActivityAsync(Answer(bot, 1, surveyId, Answers(regions: "usa,japan", rating: "5", support: "fairs,missions", yesNo: "yes")));
        await bot.PostActivityAsync(Answer(bot, 2, surveyId, Answers(regions: "usa", rating: "3", support: "partners", yesNo: "no", countries: "us,jp")));
        Assert.Equal(2, await ScalarAsync(bot, db => db.SurveyResponses.CountAsync()));
        string edited = await ScalarAsync(bot, db => db.SurveyResponses.Where(r => r.PersonId != null).OrderBy(r => r.UpdatedAt).Select(r => r.AnswersJson).FirstAsync());
        Assert.Contains("\"usefulness\":5", edited, StringComparison.Ordinal);

        // Reminders reach only those who did not answer (the staff member and member 3), once.
        await RunAsync<RemindSurveyJob>(bot, j => j.RunAsync(surveyId, 1, default));
        await RunAsync<RemindSurveyJob>(bot, j => j.RunAsync(surveyId, 1, default));
        List<string?> reminded = [.. bot.Connector.Activities.Where(a => a.Summary?.Contains("non hai ancora risposto", StringComparison.Ordinal) == true).Select(a => a.Conversation?.Id)];
        Assert.Equal([TestActivities.PersonalConversationId, "a:m-3"], reminded.Order(StringComparer.Ordinal));

        // Results: counts and percentages per question.
        await bot.PostActivityAsync(bot.Activities.PersonalMessage($"risultati sondaggio {Survey}"));
        JsonNode results = LastCardNode(bot, TestActivities.PersonalConversationId);
        string text = results.ToJsonString(Readable);
        Assert.Contains("2 risposte su 4 destinatari (50%)", text, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Stati Uniti\",\"value\":\"2 (100%)\"}", text, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Giappone\",\"value\":\"1 (50%)\"}", text, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Media\",\"value\":\"4,0\"}", text, StringComparison.Ordinal);

        // The chart is a PNG, the CSV has the answers, both at signed links; a forged token is refused.
        string chartUrl = Urls(results).First(u => u.Contains("chart.png", StringComparison.Ordinal));
        HttpResponseMessage chart = await bot.Client.GetAsync(PathOf(chartUrl));
        byte[] png = await chart.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8).ToArray());
        string csvUrl = Urls(results).First(u => u.Contains("answers.csv", StringComparison.Ordinal));
        string csv = await bot.Client.GetStringAsync(PathOf(csvUrl));
        Assert.Contains("Respondent,Organisation,regions,countries,fairs,support,missions,usefulness,notes", csv, StringComparison.Ordinal);
        Assert.Contains("Member 1,Org 1,usa; japan,,,fairs; missions,yes,5,", csv, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await bot.Client.GetAsync(PathOf(csvUrl)[..^6] + "AAAAAA")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await bot.Client.GetAsync($"/surveys/{surveyId}/answers.csv")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await bot.Client.GetAsync(PathOf(chartUrl).Replace($"/surveys/{surveyId}/chart.png", $"/surveys/{surveyId}/answers.csv", StringComparison.Ordinal))).StatusCode);

        // The close job leaves a survey not yet due; at the deadline it closes it and sends the results to the sender.
        await RunAsync<CloseSurveyJob>(bot, j => j.RunAsync(surveyId, false, default));
        Assert.Equal(SurveyState.Open, await ScalarAsync(bot, db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.State).SingleAsync()));
        await ScalarAsync(bot, db => db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.ClosesAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        int before = bot.Connector.Activities.Count;
        await RunAsync<CloseSurveyJob>(bot, j => j.RunAsync(surveyId, false, default));
        Assert.Equal(SurveyState.Closed, await ScalarAsync(bot, db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.State).SingleAsync()));
        Assert.Contains(bot.Connector.Activities.Skip(before), a => a.Conversation?.Id == TestActivities.PersonalConversationId
            && a.Attachments?[0].Content?.ToJsonString(Readable).Contains("RISULTATI DEL SONDAGGIO", StringComparison.Ordinal) == true);

        // A late answer is refused politely.
        await bot.PostActivityAsync(Answer(bot, 3, surveyId, Answers(regions: "usa", rating: "2", support: "fairs", yesNo: "no")));
        Assert.Contains("il sondaggio è chiuso", LastText(bot, "a:m-3"), StringComparison.Ordinal);
        Assert.Equal(2, await ScalarAsync(bot, db => db.SurveyResponses.CountAsync()));
    }

    internal static Task<BotApiFactory> StartAsync(Action<BotApiFactoryOptions>? more = null) =>
        BotApiFactory.StartAsync(o =>
        {
            o.Configure("Staff:AadObjectIds:0", TestActivities.UserAadObjectId).Configure("DemoData:Enabled", "false");
            more?.Invoke(o);
        });

    /// <summary>Three members: 1 and 2 in WG 3, 1 at a startup, 3 at a hospital; and the staff user.</summary>
    internal static async Task MeetMembersAsync(BotApiFactory bot)
    {
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        for (int i = 1; i <= 3; i++)
        {
            await bot.PostActivityAsync(Member(bot, i, "ciao"));
        }

        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        OrganisationType[] types = [OrganisationType.Startup, OrganisationType.University, OrganisationType.Hospital];
        for (int i = 1; i <= 3; i++)
        {
            var org = new Organisation { Name = $"Org {i}", Type = types[i - 1] };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            Person member = await db.People.SingleAsync(p => p.TeamsUserId == $"29:m-{i}");
            member.OrganisationId = org.Id;
            if (i <= 2)
            {
                db.WorkingGroupMemberships.Add(new WorkingGroupMembership { PersonId = member.Id, Priority = 3 });
            }
        }

        await db.SaveChangesAsync();
    }

    internal static Activity Member(BotApiFactory bot, int i, string text) =>
        bot.Activities.PersonalMessage(text, conversationId: $"a:m-{i}", userId: $"29:m-{i}", userName: $"Member {i}");

    internal static Activity Answer(BotApiFactory bot, int i, int surveyId, JsonObject inputs)
    {
        Activity activity = Member(bot, i, string.Empty);
        activity.Text = null;
        activity.ReplyToId = $"survey-form-{i}";
        inputs["verb"] = "surveyAnswer";
        inputs["surveyId"] = surveyId;
        activity.Value = inputs;
        return activity;
    }

    internal static JsonObject Answers(string regions, string rating, string? support, string yesNo = "yes", string countries = "") => new()
    {
        ["q_regions"] = regions,
        ["q_countries"] = countries,
        ["q_support"] = support,
        ["q_missions"] = yesNo,
        ["q_usefulness"] = rating,
        ["q_notes"] = string.Empty,
    };

    internal static bool IsForm(Activity? activity) =>
        activity?.Attachments?.FirstOrDefault()?.Content?.ToJsonString().Contains("surveyAnswer", StringComparison.Ordinal) == true;

    internal static async Task RunAsync<TJob>(BotApiFactory bot, Func<TJob, Task> run)
        where TJob : notnull
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    internal static async Task<T> ScalarAsync<T>(BotApiFactory bot, Func<BotDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    internal static string LastText(BotApiFactory bot, string conversationId) =>
        bot.Connector.Activities.Where(a => a.Conversation?.Id == conversationId).Last(a => a.Attachments is null).Text ?? string.Empty;

    internal static JsonNode LastCardNode(BotApiFactory bot, string conversationId) =>
        bot.Connector.Activities.Where(a => a.Conversation?.Id == conversationId).Last(a => a.Attachments is { Count: > 0 }).Attachments![0].Content!;

    internal static string LastCard(BotApiFactory bot, string conversationId) => LastCardNode(bot, conversationId).ToJsonString(Readable);

    internal static string LastUpdatedCard(BotApiFactory bot, string conversationId) =>
        bot.Connector.Requests.Last(r => r.Kind == ConnectorOperation.UpdateActivity && r.ConversationId == conversationId).Activity!.Attachments![0].Content!.ToJsonString(Readable);

    private static IEnumerable<string> Urls(JsonNode card) =>
        System.Text.RegularExpressions.Regex.Matches(card.ToJsonString(), "\"url\":\"([^\"]+)\"").Select(m => System.Text.RegularExpressions.Regex.Unescape(m.Groups[1].Value));

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    internal static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
