using System.Diagnostics;
using System.Globalization;
using ClustER.Bench.Reminders;
using ClustER.Bench.Servers;
using ClustER.Bot.Connector;
using ClustER.Bot.Features.Surveys;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Surveys;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bench.Surveys;

/// <summary>
/// A survey sent to 5,000 recipients through the real bot host (SQLite file, survey service, delivery ledger,
/// messenger, throttle, Connector client) to a fake Connector on loopback. Reports the staff's confirmation
/// (audience resolved, survey opened: what the turn does before handing over to Hangfire), the delivery time at
/// the configured pace against its theoretical minimum (recipients / rate), duplicates, missing, and that a
/// second run of the job sends nothing more.
/// </summary>
public static class SurveyDeliveryBench
{
    private const string Definition = """
        { "id": "bench", "title": { "it": "Sondaggio di prova", "en": "Bench survey" }, "anonymous": false,
          "questions": [ { "id": "regions", "kind": "multiple-choice", "required": true, "label": { "it": "Aree" },
                           "options": [ { "value": "usa", "label": { "it": "Stati Uniti" } }, { "value": "japan", "label": { "it": "Giappone" } } ] },
                         { "id": "countries", "kind": "countries", "label": { "it": "Paesi" } },
                         { "id": "usefulness", "kind": "rating", "required": true, "label": { "it": "Utilità" } },
                         { "id": "notes", "kind": "free-text", "label": { "it": "Note" } } ] }
        """;

    /// <summary>Runs the scenario at each pace and prints a table; returns true when nothing was duplicated or missing.</summary>
    public static async Task<bool> RunAsync(int recipients = 5_000, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        output.WriteLine($"surveys: one survey to {recipients:N0} recipients (everyone), SQLite, fake Connector on loopback");
        output.WriteLine($"  {"pace",-22} {"confirm ms",10} {"delivered",10} {"seconds",8} {"minimum s",10} {"ratio",6} {"msg/s",7} {"dup",4} {"missing",8} {"2nd run",8} {"card KB",8}");
        bool ok = true;
        foreach ((string name, double? rate) in new (string, double?)[] { ("default (30/s)", 30), ("Teams limit (50/s)", 50), ("unthrottled", null) })
        {
            Result r = await RunOnceAsync(recipients, rate, cancellationToken);
            string minimum = rate is { } perSecond ? (recipients / perSecond).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            string ratio = rate is { } ps ? (r.Elapsed.TotalSeconds / (recipients / ps)).ToString("0.00", CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"  {name,-22} {r.Confirm.TotalMilliseconds,10:0} {r.Delivered,10:N0} {r.Elapsed.TotalSeconds,8:0.0} {minimum,10} {ratio,6} {r.Delivered / r.Elapsed.TotalSeconds,7:0} {r.Duplicates,4} {r.Missing,8} {r.SecondRunSent,8} {r.CardKilobytes,8:0.0}");
            ok &= r.Duplicates == 0 && r.Missing == 0 && r.SecondRunSent == 0;
        }

        output.WriteLine(ok ? "  verdict: every recipient got the form once" : "  verdict: FAILED (duplicates or missing forms)");
        return ok;
    }

    private static async Task<Result> RunOnceAsync(int recipients, double? rate, CancellationToken ct)
    {
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using RecordingConnector connector = await RecordingConnector.StartAsync(ct);
        try
        {
            WebApplication bot = InProcessBot.Build(folder, new Dictionary<string, string?> { ["DemoData:Enabled"] = "false" }, rate);
            await bot.StartAsync(ct);
            try
            {
                int staffId = await SeedAsync(bot.Services, recipients, connector.ServiceUrl, ct);
                await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
                IServiceProvider sp = scope.ServiceProvider;
                SurveyDefinition definition = SurveyParser.Parse("bench.json", Definition, out _)!;
                var command = new SurveyCommand("bench", SurveyAudienceKind.Everyone, null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), [2]);
                Survey draft = await sp.GetRequiredService<SurveyService>().DraftAsync(definition, command, staffId, ct);

                var confirm = Stopwatch.StartNew();
                int audience = (await sp.GetRequiredService<SurveyAudience>().PeopleAsync(SurveyAudienceKind.Everyone, null, ct)).Count;
                Survey open = (await sp.GetRequiredService<SurveyService>().ConfirmAsync(draft.Id, [2], ct))!;
                confirm.Stop();
                double cardKb = (await sp.GetRequiredService<ISurveyMessages>().ComposeFormAsync(open.Id, staffId, ct))!.Card!.ToJsonString().Length * 2 / 1024.0;

                var watch = Stopwatch.StartNew();
                await RunJobAsync(bot, open.Id, ct);
                while (connector.Distinct < audience && watch.Elapsed < TimeSpan.FromMinutes(20))
                {
                    await Task.Delay(50, ct);
                }

                TimeSpan elapsed = watch.Elapsed;
                int before = connector.Total;
                await RunJobAsync(bot, open.Id, ct);
                return new Result(confirm.Elapsed, connector.Distinct, elapsed, connector.Total - connector.Distinct - (connector.Total - before),
                    audience - connector.Distinct, connector.Total - before, cardKb);
            }
            finally
            {
                await bot.StopAsync(CancellationToken.None);
                await bot.DisposeAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // the OS cleans the temp folder eventually
            }
        }
    }

    private static async Task RunJobAsync(WebApplication bot, int surveyId, CancellationToken ct)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendSurveyJob>().RunAsync(surveyId, ct);
    }

    private static async Task<int> SeedAsync(IServiceProvider services, int recipients, string serviceUrl, CancellationToken ct)
    {
        services.GetRequiredService<ServiceUrlRegistry>().Trust(serviceUrl);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var staff = new Person { Name = "Staff", Roles = PersonRoles.Staff };
        db.People.Add(staff);
        await db.SaveChangesAsync(ct);
        for (int i = 0; i < recipients - 1; i++)
        {
            var person = new Person { Name = $"Member {i}", Roles = PersonRoles.Member, TeamsUserId = $"29:m-{i}" };
            db.People.Add(person);
            db.Conversations.Add(new StoredConversation
            {
                ConversationId = $"a:m-{i}", ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationType = "personal",
                BotId = "28:bench-bot", UserId = person.TeamsUserId, TenantId = "bench-tenant", UpdatedAt = DateTimeOffset.UtcNow,
            });
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        db.Conversations.Add(new StoredConversation
        {
            ConversationId = "a:staff", ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationType = "personal",
            BotId = "28:bench-bot", UserId = "29:staff", TenantId = "bench-tenant", UpdatedAt = DateTimeOffset.UtcNow, PersonId = staff.Id,
        });
        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE Conversations SET PersonId = (SELECT Id FROM People WHERE People.TeamsUserId = Conversations.UserId) WHERE PersonId IS NULL", ct);
        return staff.Id;
    }

    private sealed record Result(TimeSpan Confirm, int Delivered, TimeSpan Elapsed, int Duplicates, int Missing, int SecondRunSent, double CardKilobytes);
}
