using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Seeding;
using ClustER.Tests.Bot.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Storage;

public sealed class DemoDataLoaderTests
{
    [Fact]
    public async Task Start_TwiceOnTheSameData_LoadsTheDemoOnce()
    {
        string data = StorageTestHost.NewDataDirectory();
        using var cleanup = new DataCleanup(data);
        int people;
        await using (StorageTestHost first = await StorageTestHost.StartAsync(dataDirectory: data))
        {
            people = await CountPeopleAsync(first);
            Assert.True(people >= 15, $"The demo directory was not loaded ({people} people).");
        }

        await using StorageTestHost second = await StorageTestHost.StartAsync(dataDirectory: data);
        await using (AsyncServiceScope scope = second.Services.CreateAsyncScope())
        {
            var loader = scope.ServiceProvider.GetRequiredService<DemoDataLoader>();
            Assert.False(await loader.LoadIfEmptyAsync());
        }

        Assert.Equal(people, await CountPeopleAsync(second));
    }

    [Fact]
    public async Task LoadIfEmptyAsync_OnANonEmptyDirectory_AddsNothing()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using SqliteBotDbContext db = database.NewContext();
        db.Organisations.Add(new() { Name = "Existing member" });
        await db.SaveChangesAsync();
        var seeder = new CountingSeeder();

        bool loaded = await StorageTestServices.LoaderFor(db, new DemoDataOptions { Path = DemoFolder }, seeder).LoadIfEmptyAsync();

        Assert.False(loaded);
        Assert.Equal(0, seeder.Calls);
    }

    [Fact]
    public async Task LoadIfEmptyAsync_OnSqlServerByDefault_AddsNothing()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using SqliteBotDbContext db = database.NewContext();
        var seeder = new CountingSeeder();

        bool loaded = await StorageTestServices.LoaderFor(db, new DemoDataOptions { Path = DemoFolder }, new StorageOptions { Provider = "SqlServer" }, seeder).LoadIfEmptyAsync();

        Assert.False(loaded);
        Assert.Equal(0, seeder.Calls);
    }

    [Fact]
    public async Task LoadIfEmptyAsync_WhenASeederFails_LeavesTheDatabaseEmpty()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using SqliteBotDbContext db = database.NewContext();
        var directory = new DirectoryDemoSeeder(StorageTestServices.ImporterFor(db));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StorageTestServices.LoaderFor(db, new DemoDataOptions { Path = DemoFolder }, directory, new FailingSeeder()).LoadIfEmptyAsync());

        await using SqliteBotDbContext check = database.NewContext();
        Assert.Equal(0, await check.People.CountAsync());
    }

    private static string DemoFolder => Path.Combine(AppContext.BaseDirectory, "DemoData");

    private static async Task<int> CountPeopleAsync(StorageTestHost host)
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotDbContext>().People.CountAsync();
    }

    private sealed class DataCleanup(string path) : IDisposable
    {
        public void Dispose() => StorageTestHost.DeleteDataDirectory(path);
    }

    private sealed class CountingSeeder : IDemoDataSeeder
    {
        public int Calls { get; private set; }

        public int Order => 0;

        public Task SeedAsync(BotDbContext db, string folder, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.CompletedTask;
        }
    }

    private sealed class FailingSeeder : IDemoDataSeeder
    {
        public int Order => 10;

        public Task SeedAsync(BotDbContext db, string folder, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A broken demo file.");
    }
}
