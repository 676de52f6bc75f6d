using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Jobs.Reminders;

/// <summary>
/// Reminders survive a restart: schedule them in one host, stop it, start a new host on the same data folder,
/// move the clock on: each reminder reaches each representative exactly once (the late one within its grace).
/// </summary>
public sealed class ReminderRestartTests : IAsyncLifetime
{
    private const int Representatives = 5;
    private static readonly DateTimeOffset Meeting = new(2027, 4, 20, 8, 0, 0, TimeSpan.Zero); // 10:00 in Rome
    private readonly string _data = Path.Combine(Path.GetTempPath(), "clust-er-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(Meeting.AddDays(-10));
    private FakeConnector _teams = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_data);
        _teams = await FakeConnector.StartAsync();
    }

    [Fact]
    public async Task Sweep_AcrossAHostRestart_EachReminderDeliveredExactlyOnce()
    {
        await using (BotApiFactory first = await StartAsync())
        {
            await SeedAsync(first);
            await SweepAtAsync(first, Meeting.AddDays(-10)); // tracks the meeting
            await SweepAtAsync(first, Meeting.AddDays(-7)); // the 7-day reminders
            await SweepAtAsync(first, Meeting.AddDays(-7).AddMinutes(1));
        }

        // Down from 2 hours before the 1-day point until 3 hours after it (within the 12-hour grace).
        await using (BotApiFactory second = await StartAsync())
        {
            await SweepAtAsync(second, Meeting.AddDays(-1).AddHours(3));
            await SweepAtAsync(second, Meeting.AddDays(-1).AddHours(4));
            await SweepAtAsync(second, Meeting.AddHours(-1));
            await SweepAtAsync(second, Meeting.AddMinutes(-30));
        }

        var perRep = _teams.Activities.Where(a => a.Conversation?.Id?.StartsWith("a:restart-", StringComparison.Ordinal) == true)
            .GroupBy(a => a.Conversation!.Id!).ToList();
        Assert.Equal(Representatives, perRep.Count);
        foreach (var rep in perRep)
        {
            List<string> texts = [.. rep.Select(a => a.Text ?? a.Attachments?[0].Content?["fallbackText"]?.GetValue<string>() ?? string.Empty)];
            Assert.Equal(3, texts.Count);
            Assert.Contains("tra 7 giorni", texts[0], StringComparison.Ordinal);
            Assert.Contains("tra 21 ore", texts[1], StringComparison.Ordinal); // sent 3 hours late, says so
            Assert.Contains("tra 1 ora", texts[2], StringComparison.Ordinal);
        }
    }

    private Task<BotApiFactory> StartAsync() => BotApiFactory.StartAsync(o => o
        .Configure("Storage:DataDirectory", _data)
        .Configure("DemoData:Enabled", "false")
        .Configure("Jobs:ServerEnabled", "false") // the test runs the sweep itself, at the instants it chooses
        .ConfigureServices(s => s.AddSingleton<TimeProvider>(_time)));

    private async Task SweepAtAsync(BotApiFactory bot, DateTimeOffset at)
    {
        _time.SetUtcNow(at);
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);
    }

    private async Task SeedAsync(BotApiFactory bot)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var meeting = new Meeting { Kind = MeetingKind.GeneralAssembly, Uid = "restart@test", FirstCallAt = Meeting, Place = "Bologna", ConvenedAt = _time.GetUtcNow() };
        meeting.Agenda.Add(new MeetingAgendaItem { Position = 1, Text = "Bilancio" });
        db.Meetings.Add(meeting);
        for (int i = 1; i <= Representatives; i++)
        {
            var rep = new Person { Name = $"Rep {i}", Roles = PersonRoles.Member | PersonRoles.Representative, TeamsUserId = $"29:restart-{i}" };
            db.People.Add(rep);
            await db.SaveChangesAsync();
            db.Conversations.Add(new StoredConversation
            {
                ConversationId = $"a:restart-{i}", ServiceUrl = _teams.ServiceUrl, ChannelId = "msteams", ConversationType = "personal",
                PersonId = rep.Id, UserId = rep.TeamsUserId, BotId = TestActivities.BotId, TenantId = TestActivities.TenantId, UpdatedAt = _time.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync();
        // Conversations stored before a restart are trusted when the bot starts; these were stored while it ran.
        scope.ServiceProvider.GetRequiredService<ClustER.Bot.Connector.ServiceUrlRegistry>().Trust(_teams.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow shutdown; the temp folder is cleaned by the OS
        }
    }
}
