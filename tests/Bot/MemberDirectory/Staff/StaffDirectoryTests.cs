using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Moq;

namespace ClustER.Tests.Bot.MemberDirectory.Staff;

public sealed class StaffDirectoryTests : IAsyncLifetime
{
    private const string Configured = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string StaffInDirectory = "bbbbbbbb-0000-0000-0000-000000000002";
    private const string Member = "cccccccc-0000-0000-0000-000000000003";

    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        await using SqliteBotDbContext db = _database.NewContext();
        db.People.Add(new Person { Name = "Sauro", AadObjectId = StaffInDirectory, Roles = PersonRoles.Staff });
        db.People.Add(new Person { Name = "Megan", AadObjectId = Member, Roles = PersonRoles.Member | PersonRoles.Representative });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(Configured, true)]
    [InlineData("AAAAAAAA-0000-0000-0000-000000000001", true)]
    [InlineData(StaffInDirectory, true)]
    [InlineData(Member, false)]
    [InlineData("dddddddd-0000-0000-0000-000000000004", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public async Task IsStaffAsync_ByConfigurationOrRole_Answers(string? objectId, bool expected)
    {
        await using SqliteBotDbContext db = _database.NewContext();
        var directory = new StaffDirectory(db, Monitor(Settings(("Staff:AadObjectIds:0", Configured))));

        Assert.Equal(expected, await directory.IsStaffAsync(objectId));
    }

    [Theory]
    [InlineData("id-1,id-2")]
    [InlineData("id-1; id-2")]
    public void Setup_ASeparatedList_GivesEachId(string list)
    {
        var options = new StaffOptions();

        new StaffOptionsSetup(Settings(("Staff:AadObjectIds", list))).Configure(options);

        Assert.Equal(["id-1", "id-2"], options.AadObjectIds);
    }

    [Fact]
    public void Setup_AnArray_GivesEachId()
    {
        var options = new StaffOptions();

        new StaffOptionsSetup(Settings(("Staff:AadObjectIds:0", "id-1"), ("Staff:AadObjectIds:1", "id-2"))).Configure(options);

        Assert.Equal(["id-1", "id-2"], options.AadObjectIds);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IOptionsMonitor<StaffOptions> Monitor(IConfiguration configuration)
    {
        var options = new StaffOptions();
        new StaffOptionsSetup(configuration).Configure(options);
        return Mock.Of<IOptionsMonitor<StaffOptions>>(m => m.CurrentValue == options);
    }
}
