using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Conventions;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Bot.Storage;

public sealed class DateTimeOffsetStorageTests
{
    [Fact]
    public async Task OrderBy_InstantsWithDifferentOffsets_SortsByInstant()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        var rome = TimeSpan.FromHours(1);
        var newYork = TimeSpan.FromHours(-5);

        // 10:00 in New York is 16:00 in Rome: as text with offsets it would sort before 11:00+01:00.
        await AddConversationAsync(database, "late", new DateTimeOffset(2027, 3, 11, 10, 0, 0, newYork));
        await AddConversationAsync(database, "early", new DateTimeOffset(2027, 3, 11, 11, 0, 0, rome));
        await AddConversationAsync(database, "middle", new DateTimeOffset(2027, 3, 11, 13, 30, 0, TimeSpan.Zero));

        await using SqliteBotDbContext db = database.NewContext();
        string[] ordered = await db.Conversations.OrderBy(c => c.UpdatedAt).Select(c => c.ConversationId).ToArrayAsync();

        Assert.Equal(["early", "middle", "late"], ordered);
    }

    [Fact]
    public async Task Where_ComparedWithAnInstant_FiltersByInstant()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await AddConversationAsync(database, "before", new DateTimeOffset(2027, 3, 11, 9, 59, 0, TimeSpan.Zero));
        await AddConversationAsync(database, "after", new DateTimeOffset(2027, 3, 11, 11, 1, 0, TimeSpan.FromHours(1)));
        var cut = new DateTimeOffset(2027, 3, 11, 11, 0, 0, TimeSpan.FromHours(1));

        await using SqliteBotDbContext db = database.NewContext();
        string[] later = await db.Conversations.Where(c => c.UpdatedAt > cut).Select(c => c.ConversationId).ToArrayAsync();

        Assert.Equal(["after"], later);
    }

    [Fact]
    public async Task RoundTrip_KeepsTheInstantToTheTick()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        var stored = new DateTimeOffset(2027, 10, 31, 2, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);
        await AddConversationAsync(database, "c", stored);

        await using SqliteBotDbContext db = database.NewContext();
        DateTimeOffset read = await db.Conversations.Select(c => c.UpdatedAt).SingleAsync();

        Assert.Equal(stored.UtcTicks, read.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public async Task NullableInstant_IsStoredAsUtcText()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using (SqliteBotDbContext db = database.NewContext())
        {
            db.People.Add(new Person { Name = "Anna", UnreachableSince = new DateTimeOffset(2027, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)) });
            await db.SaveChangesAsync();
        }

        await using SqliteBotDbContext check = database.NewContext();
        string text = await check.Database.SqlQuery<string>($"SELECT UnreachableSince AS Value FROM People").SingleAsync();
        Assert.Equal("2027-01-02T02:04:05.0000000Z", text);
    }

    [Fact]
    public void Converter_TextOrder_IsTimeOrder()
    {
        var earlier = new DateTimeOffset(999, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var later = new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.FromHours(-8));

        Assert.True(string.CompareOrdinal(UtcDateTimeOffsetConverter.ToText(earlier), UtcDateTimeOffsetConverter.ToText(later)) < 0);
        Assert.Equal(28, UtcDateTimeOffsetConverter.ToText(earlier).Length);
    }

    private static async Task AddConversationAsync(SqliteTestDatabase database, string id, DateTimeOffset updatedAt)
    {
        await using SqliteBotDbContext db = database.NewContext();
        db.Conversations.Add(new StoredConversation { ConversationId = id, ServiceUrl = "https://smba.example/", ChannelId = "msteams", UpdatedAt = updatedAt });
        await db.SaveChangesAsync();
    }
}
