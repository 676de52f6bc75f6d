using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Bot.Storage;

public sealed class UniqueIndexTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SaveChanges_TwoPeopleWithSameTeamsUserId_Throws()
    {
        await AddAsync(new Person { Name = "Anna", TeamsUserId = "29:abc" });

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(new Person { Name = "Bruno", TeamsUserId = "29:abc" }));
    }

    [Fact]
    public async Task SaveChanges_TwoPeopleWithSameAadObjectId_Throws()
    {
        await AddAsync(new Person { Name = "Anna", AadObjectId = "8f2c0d7e-5b1a-4c3e-9d6f-0a1b2c3d4e5f" });

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(new Person { Name = "Bruno", AadObjectId = "8f2c0d7e-5b1a-4c3e-9d6f-0a1b2c3d4e5f" }));
    }

    [Fact]
    public async Task SaveChanges_ManyPeopleWithoutIds_AreAllowed()
    {
        await AddAsync(new Person { Name = "Anna" });
        await AddAsync(new Person { Name = "Bruno" });

        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Equal(2, await db.People.CountAsync());
    }

    [Fact]
    public async Task SaveChanges_TwoOrganisationsWithSameName_Throws()
    {
        await AddAsync(new Organisation { Name = "Alfasigma Spa" });

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(new Organisation { Name = "Alfasigma Spa" }));
    }

    [Fact]
    public async Task SaveChanges_TwoConversationsWithSameId_Throws()
    {
        await AddAsync(Conversation("a:1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(Conversation("a:1")));
    }

    [Fact]
    public async Task SaveChanges_SameDeliveryTwice_Throws()
    {
        int personId = await AddAsync(new Person { Name = "Anna" });
        await AddAsync(Delivery(personId, "14d"));

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(Delivery(personId, "14d")));
    }

    [Fact]
    public async Task SaveChanges_SameDeliveryOtherOccurrence_IsAllowed()
    {
        int personId = await AddAsync(new Person { Name = "Anna" });
        await AddAsync(Delivery(personId, "14d"));

        await AddAsync(Delivery(personId, "3d"));

        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Equal(2, await db.Deliveries.CountAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public async Task SaveChanges_WorkingGroupOutsideThePriorities_Throws(int priority)
    {
        int personId = await AddAsync(new Person { Name = "Anna" });

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(new WorkingGroupMembership { PersonId = personId, Priority = priority }));
    }

    [Fact]
    public async Task SaveChanges_EnumsAreStoredAsTheirNames()
    {
        await AddAsync(new Organisation { Name = "Stem Sel", Type = OrganisationType.Startup });

        await using SqliteBotDbContext db = _database.NewContext();
        string stored = await db.Database.SqlQuery<string>($"SELECT Type AS Value FROM Organisations").SingleAsync();
        Assert.Equal("Startup", stored);
    }

    private async Task<int> AddAsync<T>(T entity)
        where T : class
    {
        await using SqliteBotDbContext db = _database.NewContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity switch
        {
            Person person => person.Id,
            Organisation organisation => organisation.Id,
            _ => 0,
        };
    }

    private static StoredConversation Conversation(string id) =>
        new() { ConversationId = id, ServiceUrl = "https://smba.example/", ChannelId = "msteams" };

    private static DeliveryRecord Delivery(int personId, string occurrence) =>
        new() { Kind = "reminder", SubjectId = "event-1", Occurrence = occurrence, PersonId = personId };
}
