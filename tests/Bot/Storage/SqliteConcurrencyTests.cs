using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Bot.Storage;

public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task SaveChanges_FromManyContextsAtOnce_LosesNothingAndNeverFails()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using (SqliteBotDbContext db = database.NewContext())
        {
            await StorageTestServices.InitializerFor(db).InitializeAsync(loadDemoData: false);
        }

        const int Writers = 8;
        const int RowsEach = 40;

        // Each writer reads then writes in its own transaction, as jobs and turns do.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (int i = 0; i < RowsEach; i++)
            {
                await using SqliteBotDbContext db = database.NewContext();
                await using var transaction = await db.Database.BeginTransactionAsync();
                int before = await db.People.CountAsync();
                db.People.Add(new Person { Name = $"w{writer}-{i}", Email = $"seen-{before}@example.org" });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
        })));

        await using SqliteBotDbContext check = database.NewContext();
        Assert.Equal(Writers * RowsEach, await check.People.CountAsync());
    }

    [Fact]
    public async Task Writer_WhileAnotherHoldsTheWriteLock_WaitsForItAndSucceeds()
    {
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateMigratedAsync();
        await using SqliteBotDbContext holder = database.NewContext();
        await using var held = await holder.Database.BeginTransactionAsync();
        holder.People.Add(new Person { Name = "first" });
        await holder.SaveChangesAsync();

        // The second writer starts while the first still holds SQLite's write lock, and must wait rather than fail.
        Task second = Task.Run(async () =>
        {
            await using SqliteBotDbContext db = database.NewContext();
            db.People.Add(new Person { Name = "second" });
            await db.SaveChangesAsync();
        });
        await Task.Delay(300);
        Assert.False(second.IsCompleted);
        await held.CommitAsync();
        await second;

        await using SqliteBotDbContext check = database.NewContext();
        Assert.Equal(["first", "second"], await check.People.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync());
    }
}
