using System.Diagnostics;
using System.Text.Json;
using ClustER.Bench.Servers;
using ClustER.Bot.Connector;
using ClustER.Bot.Features.Newsletter;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Newsletter;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bench.Newsletter;

/// <summary>
/// An approved newsletter to 10,000 consenting members. The real bot host (SQLite file, ledger, fan-out runner,
/// messenger, throttle at the configured rate, Connector client honouring Retry-After) sends to a fake Connector
/// that enforces Teams-like limits with 429s. Reports the total time against the theoretical minimum at the
/// configured rate (target: within 10%), the 429s received, duplicates and missing (both must be 0).
/// </summary>
public static class NewsletterDeliveryBench
{
    /// <summary>Runs the dispatch and prints one line; true when nothing was duplicated or missing.</summary>
    public static async Task<bool> RunAsync(int recipients = 10_000, double rate = 30, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using LimitingConnector connector = await LimitingConnector.StartAsync(cancellationToken);
        WebApplication bot = InProcessBot.Build(folder, new Dictionary<string, string?> { ["Consent:Newsletter"] = "OptOut" }, rate);
        await bot.StartAsync(cancellationToken);
        try
        {
            int issueId = await SeedAsync(bot.Services, recipients, connector.ServiceUrl, cancellationToken);
            var watch = Stopwatch.StartNew();
            await using (AsyncServiceScope scope = bot.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SendNewsletterJob>().RunAsync(issueId, cancellationToken);
            }

            TimeSpan elapsed = watch.Elapsed;
            double minimum = recipients / rate;
            int duplicates = connector.Total - connector.Distinct, missing = recipients - connector.Distinct;
            output.WriteLine($"newsletter: {recipients:N0} recipients at {rate:0}/s, fake Connector limiting to 50/s per app and 7/s per conversation (429 + Retry-After)");
            output.WriteLine($"  {"delivered",10} {"seconds",9} {"minimum s",10} {"ratio",7} {"msg/s",7} {"429s",6} {"duplicates",11} {"missing",8}");
            output.WriteLine($"  {connector.Distinct,10:N0} {elapsed.TotalSeconds,9:0.0} {minimum,10:0.0} {elapsed.TotalSeconds / minimum,7:0.000} {connector.Distinct / elapsed.TotalSeconds,7:0.0} {connector.Throttled,6} {duplicates,11} {missing,8}");
            bool ok = duplicates == 0 && missing == 0;
            output.WriteLine(ok ? "  verdict: no duplicate, no missing copy" : "  verdict: FAILED (duplicates or missing copies)");
            return ok;
        }
        finally
        {
            await bot.StopAsync(CancellationToken.None);
            await bot.DisposeAsync();
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

    private static async Task<int> SeedAsync(IServiceProvider services, int recipients, string serviceUrl, CancellationToken ct)
    {
        services.GetRequiredService<ServiceUrlRegistry>().Trust(serviceUrl);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        DateTimeOffset now = DateTimeOffset.UtcNow;
        for (int i = 0; i < recipients; i++)
        {
            var person = new Person { Name = $"Member {i}", TeamsUserId = $"29:member-{i}" };
            db.People.Add(person);
            db.Conversations.Add(new StoredConversation
            {
                ConversationId = $"a:member-{i}", ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationType = "personal",
                BotId = "28:bench-bot", UserId = person.TeamsUserId, TenantId = "bench-tenant", UpdatedAt = now,
            });
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE Conversations SET PersonId = (SELECT Id FROM People WHERE People.TeamsUserId = Conversations.UserId)", ct);
        var content = new NewsletterContent(now, "Bench", [new NewsEntry(1, "Bench news", "A news item.", null, null)], [], [], []);
        var issue = new NewsletterIssue
        {
            RequestKey = "bench", Status = NewsletterStatus.Approved, ApprovedAt = now, CreatedAt = now,
            ContentJson = JsonSerializer.Serialize(content, NewsletterJsonContext.Default.NewsletterContent),
        };
        db.NewsletterIssues.Add(issue);
        await db.SaveChangesAsync(ct);
        return issue.Id;
    }
}
