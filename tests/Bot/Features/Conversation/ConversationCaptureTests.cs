using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Tests.Infrastructure;
using ClustER.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Features.Conversation;

/// <summary>A 1:1 chat is linked to its person from its first activity, so proactive messages reach them.</summary>
public sealed class ConversationCaptureTests
{
    [Theory]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    public async Task FirstEventOfAPersonalChat_LinksItToThePerson_SoAProactiveSendReachesThem(string eventType)
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();
        Activity added = eventType == ActivityTypes.InstallationUpdate ? bot.Activities.InstallationUpdate() : bot.Activities.ConversationUpdate();

        await bot.PostActivityAsync(added);

        StoredConversation chat = await PersonalChatAsync(bot);
        Assert.NotNull(chat.PersonId);
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        DeliveryResult sent = await scope.ServiceProvider.GetRequiredService<IMessenger>()
            .SendAsync(chat.PersonId.Value, new OutboundMessage("Promemoria", null, "it-IT"), CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        Assert.Contains(bot.Connector.Activities, a => a.Conversation?.Id == TestActivities.PersonalConversationId && a.Text == "Promemoria");
    }

    [Fact]
    public async Task ChatFirstSeenWithoutItsPerson_IsLinkedByTheNextActivityThatKnowsThem_DespiteTheCache()
    {
        using var database = new SqliteTestDatabase().WithPeople([7]);
        var capture = new ConversationCapture(database.Factory, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);
        Activity activity = new TestActivities("https://smba.example/").PersonalMessage("ciao");

        await capture.CaptureAsync(activity, personId: null, CancellationToken.None);
        await capture.CaptureAsync(activity, personId: 7, CancellationToken.None);

        await using BotDbContext db = database.CreateContext();
        Assert.Equal(7, (await db.Conversations.SingleAsync()).PersonId);
    }

    [Fact]
    public async Task UnchangedChatSeenAfterARestart_IsNotWrittenAgainWithinTheHour_ButAChangeOrAnHourIs()
    {
        using var database = new SqliteTestDatabase().WithPeople([7]);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        Activity activity = new TestActivities("https://smba.example/").PersonalMessage("ciao");
        // A new cache each time: the bot restarted, or the entry expired.
        ConversationCapture Restarted() => new(database.Factory, new MemoryCache(new MemoryCacheOptions()), time);
        async Task<DateTimeOffset> StoredAtAsync()
        {
            await using BotDbContext db = database.CreateContext();
            return (await db.Conversations.SingleAsync()).UpdatedAt;
        }

        await Restarted().CaptureAsync(activity, 7, CancellationToken.None);
        DateTimeOffset first = await StoredAtAsync();
        time.Advance(TimeSpan.FromMinutes(30));
        await Restarted().CaptureAsync(activity, 7, CancellationToken.None);
        Assert.Equal(first, await StoredAtAsync());

        time.Advance(TimeSpan.FromMinutes(1));
        await Restarted().CaptureAsync(new TestActivities("https://smba.moved.example/").PersonalMessage("ciao"), 7, CancellationToken.None);
        Assert.Equal(first.AddMinutes(31), await StoredAtAsync());

        time.Advance(TimeSpan.FromHours(1));
        await Restarted().CaptureAsync(new TestActivities("https://smba.moved.example/").PersonalMessage("ciao"), 7, CancellationToken.None);
        Assert.Equal(first.AddMinutes(91), await StoredAtAsync());
    }

    private static async Task<StoredConversation> PersonalChatAsync(BotApiFactory bot)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotDbContext>().Conversations.AsNoTracking()
            .SingleAsync(c => c.ConversationId == TestActivities.PersonalConversationId);
    }
}
