using System.Diagnostics;
using System.Globalization;
using ClustER.Bench.Servers;
using ClustER.Bot.Connector;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bench.Reminders;

/// <summary>
/// 10,000 reminders due in the same minute: a general assembly whose 10,000 representatives all get the
/// "1 hour before" reminder. The real bot host (SQLite file, ledger, messenger, throttle, Connector client
/// with its resilience handlers) sends to a fake Connector on loopback; the bench reports the time until
/// every reminder was received, and the duplicates and missing ones (both must be 0). A second sweep over
/// the same minute must send nothing more.
/// </summary>
/// <remarks>
/// Entry point: <see cref="RunAsync"/>. Two paces: Teams' per-app limit (50 messages/s, the production ceiling
/// configurable under <c>Delivery:MessagesPerSecond</c>) and unthrottled, which shows what the pipeline itself
/// can do.
/// </remarks>
public static class ReminderDeliveryBench
{
    private static readonly DateTimeOffset MeetingStart = new(2027, 4, 20, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the scenario at each pace and prints a table; returns true when nothing was duplicated or missing.</summary>
    public static async Task<bool> RunAsync(int reminders = 10_000, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        output.WriteLine($"reminders: {reminders:N0} due in the same minute (general assembly, \"1 hour before\"), SQLite, fake Connector on loopback");
        output.WriteLine($"  {"pace",-22} {"delivered",10} {"seconds",9} {"msg/s",8} {"duplicates",11} {"missing",8} {"2nd sweep sent",15} {"ledger sent",12}");
        bool ok = true;
        foreach ((string name, double? rate) in new (string, double?)[] { ("Teams limit (50/s)", 50), ("unthrottled", null) })
        {
            Result r = await RunOnceAsync(reminders, rate, cancellationToken);
            output.WriteLine($"  {name,-22} {r.Delivered,10:N0} {r.Elapsed.TotalSeconds,9:0.0} {r.Delivered / r.Elapsed.TotalSeconds,8:0} {r.Duplicates,11} {r.Missing,8} {r.SecondSweepSent,15} {r.LedgerSent,12:N0}");
            ok &= r.Duplicates == 0 && r.Missing == 0 && r.SecondSweepSent == 0;
        }

        output.WriteLine(ok ? "  verdict: no duplicate, no missing reminder" : "  verdict: FAILED (duplicates or missing reminders)");
        return ok;
    }

    private static async Task<Result> RunOnceAsync(int reminders, double? rate, CancellationToken ct)
    {
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using RecordingConnector connector = await RecordingConnector.StartAsync(ct);
        try
        {
            WebApplication bot = InProcessBot.Build(folder, new Dictionary<string, string?>
            {
                // One minute before the meeting's "1 hour before" point ends: every reminder is due, none is late.
                ["Clock:Now"] = (MeetingStart - TimeSpan.FromMinutes(59.5)).ToString("O", CultureInfo.InvariantCulture),
            }, rate);
            await bot.StartAsync(ct); // migrates the database
            try
            {
                await SeedAsync(bot.Services, reminders, connector.ServiceUrl, ct);
                var watch = Stopwatch.StartNew();
                await SweepAsync(bot, ct);
                while (connector.Distinct < reminders && watch.Elapsed < TimeSpan.FromMinutes(20))
                {
                    await Task.Delay(50, ct); // the sweep returns once sent; this only guards against late arrivals
                }

                TimeSpan elapsed = watch.Elapsed;
                int before = connector.Total;
                await SweepAsync(bot, ct);
                await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
                int ledgerSent = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Deliveries
                    .CountAsync(d => d.Kind == ReminderSweepJob.ReminderKindName && d.Status == DeliveryStatus.Sent, ct);
                return new Result(connector.Distinct, elapsed, connector.Total - connector.Distinct, reminders - connector.Distinct, connector.Total - before, ledgerSent);
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

    private static async Task SweepAsync(WebApplication bot, CancellationToken ct)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweepJob>().RunAsync(ct);
    }

    private static async Task SeedAsync(IServiceProvider services, int reminders, string serviceUrl, CancellationToken ct)
    {
        // Conversations stored before a restart are trusted at start; these were stored after it.
        services.GetRequiredService<ServiceUrlRegistry>().Trust(serviceUrl);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var meeting = new Meeting
        {
            Kind = MeetingKind.GeneralAssembly, Uid = "bench@clust-er-bot", FirstCallAt = MeetingStart, Place = "Bologna",
            ConvenedAt = MeetingStart.AddDays(-30), UpdatedAt = MeetingStart.AddDays(-30),
        };
        meeting.Agenda.Add(new MeetingAgendaItem { Position = 1, Text = "Approvazione del bilancio" });
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        // Tracked since the convocation; the 7-day and 1-day reminders went out in earlier sweeps (not part of this bench).
        db.ReminderSubjects.Add(new ReminderSubject
        {
            Key = $"meeting:start:{meeting.Id}", Source = "meeting", ItemKey = $"meeting:{meeting.Id}", Kind = ReminderKind.Meeting,
            TitleIt = "Assemblea generale dei soci", TitleEn = "General Assembly of members", DueAt = MeetingStart,
            ScheduleFrom = MeetingStart.AddHours(-2), Audience = ReminderAudience.Representatives, NotifiesChangesItself = true,
            FirstSeenAt = MeetingStart.AddDays(-30), UpdatedAt = MeetingStart.AddDays(-30),
        });
        for (int i = 0; i < reminders; i++)
        {
            var person = new Person { Name = $"Rep {i}", Roles = PersonRoles.Member | PersonRoles.Representative, TeamsUserId = $"29:rep-{i}" };
            db.People.Add(person);
            db.Conversations.Add(new StoredConversation
            {
                ConversationId = $"a:rep-{i}", ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationType = "personal",
                BotId = "28:bench-bot", UserId = person.TeamsUserId, TenantId = "bench-tenant",
                UpdatedAt = MeetingStart.AddDays(-60),
            });
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        await db.SaveChangesAsync(ct);
        // Link each conversation to its person (ids are assigned in insertion order).
        await db.Database.ExecuteSqlRawAsync("UPDATE Conversations SET PersonId = (SELECT Id FROM People WHERE People.TeamsUserId = Conversations.UserId)", ct);
    }

    private sealed record Result(int Delivered, TimeSpan Elapsed, int Duplicates, int Missing, int SecondSweepSent, int LedgerSent);
}
