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
}
