using System.Globalization;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Newsletter;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static ClustER.Tests.Bot.Features.Newsletter.NewsletterBot;

namespace ClustER.Tests.Bot.Features.Newsletter;

/// <summary>
/// The kill test: the bot as a real process dispatches an approved newsletter, is SIGKILLed at a random point,
/// and is started again on the same database. The fake Connector's log must show exactly one copy per recipient.
/// Scaled down here (200; <c>NEWSLETTER_KILL_RECIPIENTS</c> changes it, e.g. 2000 for the full-size run).
/// </summary>
public sealed class NewsletterKillTests(ITestOutputHelper output)
{
    private const string StaffConversation = TestActivities.PersonalConversationId;

    [Fact]
    public async Task Dispatch_KilledAtARandomPointAndRestarted_EveryRecipientGetsExactlyOneCopy()
    {
        int recipients = int.TryParse(Environment.GetEnvironmentVariable("NEWSLETTER_KILL_RECIPIENTS"), CultureInfo.InvariantCulture, out int n) ? n : 200;
        await using FakeConnector connector = await FakeConnector.StartAsync();
        string dataDirectory = Directory.CreateTempSubdirectory("newsletter-kill-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Bot:TokenEndpointTemplate"] = connector.TokenEndpointTemplate,
            ["DemoData:Enabled"] = "false",
            ["Staff:AadObjectIds:0"] = TestActivities.UserAadObjectId,
            ["Consent:Newsletter"] = "OptOut",
            ["Delivery:MessagesPerSecond"] = "50",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var activities = new TestActivities(connector.ServiceUrl);
        int killAfter = Random.Shared.Next(recipients / 10, recipients * 8 / 10);

        await using (BotProcess first = await BotProcess.StartAsync(settings))
        {
            await first.PostAsync(activities.PersonalMessage("ciao"));
            await SeedMembersAsync(dataDirectory, connector.ServiceUrl, recipients);
            await first.PostAsync(activities.PersonalMessage("invia newsletter ora"));
            ConnectorRequest preview = (await connector.WaitForRequestsAsync(r => Card(r)?.Contains(PreviewMark, StringComparison.Ordinal) == true, 1, TimeSpan.FromSeconds(60)))[0];
            await first.PostAsync(activities.CardSubmit(CardVerbs.NewsletterApprove, ButtonData(preview, CardVerbs.NewsletterApprove)));
            while (Copies(connector).Count < killAfter)
            {
                await Task.Delay(2);
            }

            await first.KillAsync();
        }

        int beforeRestart = Copies(connector).Count;
        await using (BotProcess second = await BotProcess.StartAsync(settings))
        {
            await WaitForSentAsync(dataDirectory, TimeSpan.FromSeconds(120 + (recipients / 20)));
        }

        List<IGrouping<string?, ConnectorRequest>> byRecipient = [.. Copies(connector).GroupBy(r => r.ConversationId)];
        (int sent, int uncertain) = await LedgerAsync(dataDirectory);
        output.WriteLine($"{recipients} recipients; killed after {killAfter} copies ({beforeRestart} when the process died); ledger: {sent} sent, {uncertain} uncertain");
        Assert.Equal(recipients + 1, byRecipient.Count); // every member, and the staff member (opt-out: everyone)
        Assert.All(byRecipient, g => Assert.Single(g));
        Assert.Equal(recipients + 1, sent + uncertain);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static List<ConnectorRequest> Copies(FakeConnector connector) =>
        [.. connector.Requests.Where(r => r.Kind == ConnectorOperation.SendToConversation && r.Succeeded
            && Card(r) is { } card && card.Contains(IssueMark, StringComparison.Ordinal) && !card.Contains(PreviewMark, StringComparison.Ordinal))];

    private static BotDbContext Open(string dataDirectory) =>
        new(new DbContextOptionsBuilder<BotDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, StorageConnection.SqliteFileName)};Default Timeout=30").Options);

    private static async Task SeedMembersAsync(string dataDirectory, string serviceUrl, int count)
    {
        await using BotDbContext db = Open(dataDirectory);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        List<Person> people = [.. Enumerable.Range(1, count).Select(i => new Person { Name = $"Member {i}", TeamsUserId = $"29:kill-{i}" })];
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        db.Conversations.AddRange(people.Select((person, index) => new StoredConversation
        {
            ConversationId = $"a:kill-{index + 1}", ServiceUrl = serviceUrl, ChannelId = "msteams", TenantId = TestActivities.TenantId,
            BotId = TestActivities.BotId, UserId = person.TeamsUserId, ConversationType = "personal", PersonId = person.Id, UpdatedAt = now,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task WaitForSentAsync(string dataDirectory, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using BotDbContext db = Open(dataDirectory);
            if (await db.NewsletterIssues.AnyAsync(i => i.Status == NewsletterStatus.Sent))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The restarted bot did not finish the dispatch.");
    }

    private static async Task<(int Sent, int Uncertain)> LedgerAsync(string dataDirectory)
    {
        await using BotDbContext db = Open(dataDirectory);
        List<DeliveryRecord> rows = await db.Deliveries.AsNoTracking().Where(d => d.Kind == NewsletterLedger.IssueKind).ToListAsync();
        return (rows.Count(r => r.Status == DeliveryStatus.Sent), rows.Count(r => r.Status == DeliveryStatus.Failed && r.LastError!.StartsWith("uncertain", StringComparison.Ordinal)));
    }
}
