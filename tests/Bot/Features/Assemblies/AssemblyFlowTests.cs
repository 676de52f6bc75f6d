using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Assemblies;

/// <summary>The assembly flow through the real endpoint: convene as staff, convocations fan out, RSVPs with proxies, the staff summary.</summary>
public sealed class AssemblyFlowTests
{
    private const int Reps = 4;

    [Fact]
    public async Task ConveneRsvpWithProxiesAndSummary_ThroughApiMessages()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => o.Configure("Staff:AadObjectIds:0", TestActivities.UserAadObjectId)
            .Configure("DemoData:Enabled", "false"));
        List<int> orgs = await MeetRepresentativesAsync(bot);

        // A representative may not convene; staff get the form.
        await bot.PostActivityAsync(RepMessage(bot, 1, "convoca assemblea"));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("convoca assemblea"));
        Assert.Contains("riservato allo staff", LastText(bot, "a:rep-1"), StringComparison.Ordinal);
        Assert.Contains("firstCallDate", LastCard(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);

        // Staff submit a date inside the notice period: refused until urgent is confirmed; then a proper date.
        string near = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await bot.PostActivityAsync(bot.Activities.CardSubmit("conveneMeeting", Form(near)));
        Assert.Contains("preavviso di 15 giorni", LastText(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        string far = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await bot.PostActivityAsync(bot.Activities.CardSubmit("conveneMeeting", Form(far)));
        Assert.Contains("Convocazione inviata", Texts(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        Assert.Contains("RISPOSTE ALLA CONVOCAZIONE", LastCard(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);

        // Hangfire sends the convocation to every representative, once.
        await bot.Connector.WaitForRequestsAsync(r => r.ConversationId?.StartsWith("a:rep-", StringComparison.Ordinal) == true
            && r.Activity?.Attachments?.FirstOrDefault()?.Content?.ToJsonString().Contains("CONVOCAZIONE", StringComparison.Ordinal) == true, Reps, TimeSpan.FromSeconds(30));
        int meetingId = await ScalarAsync(bot, db => db.Meetings.Select(m => m.Id).SingleAsync());
        string convocation = LastCard(bot, "a:rep-2");
        Assert.Contains("Ordine del giorno", convocation, StringComparison.Ordinal);
        Assert.Contains("Org 1", convocation, StringComparison.Ordinal);

        // RSVPs: in person, two proxies to Org 1, a third refused at the limit, a withdrawal frees the slot.
        await bot.PostActivityAsync(RepSubmit(bot, 1, meetingId, "InPerson"));
        await bot.PostActivityAsync(RepSubmit(bot, 2, meetingId, "Proxy", orgs[0]));
        await bot.PostActivityAsync(RepSubmit(bot, 3, meetingId, "Proxy", orgs[0]));
        await bot.PostActivityAsync(RepSubmit(bot, 4, meetingId, "Proxy", orgs[0]));
        Assert.Contains("ha già 2 deleghe", LastText(bot, "a:rep-4"), StringComparison.Ordinal);
        await bot.PostActivityAsync(RepSubmit(bot, 3, meetingId, "withdraw"));
        await bot.PostActivityAsync(RepSubmit(bot, 4, meetingId, "Proxy", orgs[0]));
        Assert.Contains("delega a Org 1", LastText(bot, "a:rep-4"), StringComparison.Ordinal);

        // The staff summary: counts, proxies, who did not answer, quorum (3 of 4 present or represented).
        await bot.PostActivityAsync(bot.Activities.CardSubmit("meetingState", new JsonObject { ["meetingId"] = meetingId }));
        string summary = LastCard(bot, TestActivities.PersonalConversationId);
        Assert.Contains("Org 2 → Org 1; Org 4 → Org 1", summary, StringComparison.Ordinal);
        Assert.Contains("Rep 3 (Org 3)", summary, StringComparison.Ordinal);
        Assert.Contains("Quorum di prima convocazione previsto: 3", summary, StringComparison.Ordinal);
        // The first state card was updated in place as the answers arrived.
        Assert.Contains(bot.Connector.Requests, r => r.Kind == ConnectorOperation.UpdateActivity && r.ConversationId == TestActivities.PersonalConversationId
            && r.Activity?.Attachments?[0].Content?.ToJsonString().Contains("RISPOSTE ALLA CONVOCAZIONE", StringComparison.Ordinal) == true);
        Assert.Single(bot.Logs.WithEventId(4200));
    }

    private static async Task<List<int>> MeetRepresentativesAsync(BotApiFactory bot)
    {
        for (int i = 1; i <= Reps; i++)
        {
            await bot.PostActivityAsync(RepMessage(bot, i, "ciao"));
        }

        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var orgs = new List<int>();
        for (int i = 1; i <= Reps; i++)
        {
            var org = new Organisation { Name = $"Org {i}" };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            Person rep = await db.People.SingleAsync(p => p.TeamsUserId == $"29:rep-{i}");
            rep.Roles |= PersonRoles.Representative;
            rep.OrganisationId = org.Id;
            orgs.Add(org.Id);
        }

        await db.SaveChangesAsync();
        return orgs;
    }

    private static JsonObject Form(string date) => new()
    {
        ["kind"] = "GeneralAssembly",
        ["firstCallDate"] = date,
        ["firstCallTime"] = "10:00",
        ["place"] = "Bologna, Tecnopolo",
        ["ordinaryAgenda"] = "Approvazione del bilancio\nNomina dei revisori",
        ["noticeDays"] = "15",
        ["urgent"] = "false",
    };

    private static Activity RepMessage(BotApiFactory bot, int i, string text) =>
        bot.Activities.PersonalMessage(text, conversationId: $"a:rep-{i}", userId: $"29:rep-{i}", userName: $"Rep {i}");

    private static Activity RepSubmit(BotApiFactory bot, int i, int meetingId, string answer, int? proxy = null)
    {
        Activity activity = RepMessage(bot, i, string.Empty);
        activity.Text = null;
        activity.ReplyToId = $"convocation-{i}";
        activity.Value = answer == "withdraw"
            ? new JsonObject { ["verb"] = "meetingWithdraw", ["meetingId"] = meetingId }
            : new JsonObject { ["verb"] = "meetingRsvp", ["meetingId"] = meetingId, ["answer"] = answer, ["proxyOrganisationId"] = proxy?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return activity;
    }

    private static IEnumerable<Activity> In(BotApiFactory bot, string conversationId) =>
        bot.Connector.Activities.Where(a => a.Conversation?.Id == conversationId);

    private static string LastText(BotApiFactory bot, string conversationId) => In(bot, conversationId).Last(a => a.Attachments is null).Text ?? string.Empty;

    private static string Texts(BotApiFactory bot, string conversationId) => string.Join('\n', In(bot, conversationId).Select(a => a.Text));

    private static string LastCard(BotApiFactory bot, string conversationId) =>
        In(bot, conversationId).Last(a => a.Attachments is { Count: > 0 }).Attachments![0].Content!.ToJsonString(Readable);

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<T> ScalarAsync<T>(BotApiFactory bot, Func<BotDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }
}
