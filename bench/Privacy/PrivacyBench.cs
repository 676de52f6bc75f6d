using System.Diagnostics;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Privacy;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Hosting;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bench.Privacy;

/// <summary>
/// How long the export and the erasure of one member take on the real host (SQLite file, every contributor), for a
/// typical member and for a very active one, in a directory of 5,000 people whose other data the queries must skip.
/// The figures decide where the work runs: the export in the link's HTTP request (never in a turn) while it stays
/// under 2 s for the most active member; the erasure in the confirming turn while it stays under 1 s.
/// </summary>
public static class PrivacyBench
{
    private const int Directory = 5_000;

    /// <summary>A member's footprint: deliveries, staff questions, reminder subscriptions, meeting answers.</summary>
    private sealed record Footprint(string Name, int Deliveries, int Questions, int Subscriptions, int Answers);

    /// <summary>Runs both footprints, prints a table, returns true when the targets above are met.</summary>
    public static async Task<bool> RunAsync(TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-bench", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder, ["Urls"] = "http://127.0.0.1:0", ["Logging:LogLevel:Default"] = "Warning",
            ["Jobs:ServerEnabled"] = "false", ["DemoData:Enabled"] = "false",
        });
        builder.AddClustERBot();
        WebApplication bot = builder.Build();
        await bot.StartAsync(cancellationToken);
        bool ok = true;
        try
        {
            Footprint[] footprints = [new("typical (3 years)", 500, 10, 30, 10), new("very active", 20_000, 500, 1_000, 100)];
            int[] people = await SeedAsync(bot.Services, footprints, cancellationToken);
            await WarmUpAsync(bot.Services, people[^1], cancellationToken);
            output.WriteLine($"privacy: export and erasure of one member, SQLite, {Directory:N0} people in the directory, 10 deliveries each");
            output.WriteLine($"  {"member",-20} {"rows",8} {"export ms (median of 5)",24} {"JSON KB",8} {"erase ms",9}");
            for (int i = 0; i < footprints.Length; i++)
            {
                Footprint f = footprints[i];
                var times = new List<double>();
                int bytes = 0;
                for (int run = 0; run < 5; run++)
                {
                    await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
                    var watch = Stopwatch.StartNew();
                    JsonObject export = (await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().BuildAsync(people[i], cancellationToken))!;
                    bytes = System.Text.Encoding.UTF8.GetByteCount(export.ToJsonString());
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                double exportMs = times.Order().ElementAt(2);
                await using AsyncServiceScope eraseScope = bot.Services.CreateAsyncScope();
                var eraseWatch = Stopwatch.StartNew();
                ErasureOutcome outcome = await eraseScope.ServiceProvider.GetRequiredService<PersonalDataErasure>().EraseAsync(people[i], null, cancellationToken);
                double eraseMs = eraseWatch.Elapsed.TotalMilliseconds;
                int rows = f.Deliveries + f.Questions + f.Subscriptions + f.Answers;
                output.WriteLine($"  {f.Name,-20} {rows,8:N0} {exportMs,24:0.0} {bytes / 1024.0,8:0} {eraseMs,9:0.0}");
                ok &= outcome == ErasureOutcome.Erased && exportMs < 2_000 && eraseMs < 1_000;
            }
        }
        finally
        {
            await bot.StopAsync(CancellationToken.None);
            await bot.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(folder, recursive: true);
        }

        output.WriteLine(ok ? "  verdict: targets met" : "  verdict: FAILED (an export over 2 s, or an erasure over 1 s)");
        return ok;
    }

    /// <summary>Exports and erases a member with little data first, so the figures do not include the JIT.</summary>
    private static async Task WarmUpAsync(IServiceProvider services, int personId, CancellationToken ct)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().BuildAsync(personId, ct);
        await scope.ServiceProvider.GetRequiredService<PersonalDataErasure>().EraseAsync(personId, null, ct);
    }

    private static async Task<int[]> SeedAsync(IServiceProvider services, Footprint[] footprints, CancellationToken ct)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var people = new List<Person>();
        for (int i = 0; i < Directory; i++)
        {
            people.Add(new Person { Name = $"Member {i}", Email = $"member{i}@example.org", TeamsUserId = $"29:m{i}", AadObjectId = $"aad-{i}" });
        }

        db.People.AddRange(people);
        var meeting = new Meeting { Uid = "bench@test", FirstCallAt = now.AddDays(-10), ConvenedByPersonId = 1, ConvenedAt = now.AddDays(-40) };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        foreach (Person p in people)
        {
            for (int d = 0; d < 10; d++)
            {
                db.Deliveries.Add(new DeliveryRecord { Kind = "reminder", SubjectId = $"s{d}", PersonId = p.Id, Status = DeliveryStatus.Sent, CreatedAt = now, SentAt = now });
            }
        }

        var meetings = new List<Meeting>();
        for (int m = 0; m < footprints.Max(f => f.Answers); m++)
        {
            meetings.Add(new Meeting { Uid = $"bench-{m}@test", FirstCallAt = now.AddDays(m % 2 == 0 ? -m : m + 1), ConvenedByPersonId = 1, ConvenedAt = now });
        }

        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(ct);
        for (int i = 0; i < footprints.Length; i++)
        {
            Footprint f = footprints[i];
            int id = people[i].Id;
            db.Conversations.Add(new StoredConversation { ConversationId = $"a:bench-{i}", ServiceUrl = "http://127.0.0.1:1/", ChannelId = "msteams", PersonId = id, ConversationType = "personal", UpdatedAt = now });
            for (int d = 0; d < f.Deliveries; d++)
            {
                db.Deliveries.Add(new DeliveryRecord { Kind = "newsletter", SubjectId = $"n{d}", PersonId = id, Status = DeliveryStatus.Sent, ActivityId = $"act-{d}", CreatedAt = now, SentAt = now });
            }

            for (int q = 0; q < f.Questions; q++)
            {
                db.StaffQuestions.Add(new StaffQuestion { PersonId = id, ConversationId = $"a:bench-{i}", Text = $"Domanda {q} sui bandi aperti", Language = "it", AskedAt = now });
            }

            for (int s = 0; s < f.Subscriptions; s++)
            {
                db.ReminderSubscriptions.Add(new ReminderSubscription { PersonId = id, ItemKey = $"event:ev-{s}", CreatedAt = now });
                db.Subscriptions.Add(new Subscription { PersonId = id, ItemKind = KnowledgeKind.Event, ItemId = $"ev-{s}", CreatedAt = now });
            }

            for (int a = 0; a < f.Answers; a++)
            {
                db.MeetingResponses.Add(new MeetingResponse { MeetingId = meetings[a].Id, PersonId = id, Answer = MeetingAnswer.InPerson, AnsweredAt = now });
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        // The footprints' members, then a member with only the directory's 10 deliveries, for the warm-up.
        return [.. people.Take(footprints.Length + 1).Select(p => p.Id)];
    }
}
