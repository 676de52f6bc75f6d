using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Storage.Seeding;

/// <summary>Runs the <see cref="IDemoDataSeeder"/>s when the database is empty; see that interface for the rules.</summary>
internal sealed class DemoDataLoader(
    BotDbContext db,
    IEnumerable<IDemoDataSeeder> seeders,
    IOptions<DemoDataOptions> options,
    IOptions<StorageOptions> storage,
    ILogger<DemoDataLoader> logger)
{
    /// <summary>Loads the demo data if enabled and the directory is empty. Returns true when it did.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        DemoDataOptions demo = options.Value;
        if (!(demo.Enabled ?? !storage.Value.IsSqlServer))
        {
            return false;
        }

        if (await db.Organisations.AnyAsync(cancellationToken) || await db.People.AnyAsync(cancellationToken))
        {
            return false;
        }

        string folder = demo.FullPath;
        if (!Directory.Exists(folder))
        {
            Log.DemoDataMissing(logger, folder);
            return false;
        }

        IDemoDataSeeder[] ordered = [.. seeders.OrderBy(s => s.Order)];
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (IDemoDataSeeder seeder in ordered)
            {
                await seeder.SeedAsync(db, folder, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance started on the same empty database and won the race: its data stands.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            Log.DemoDataConflict(logger, ex);
            return false;
        }

        Log.DemoDataLoaded(logger, folder, ordered.Length);
        return true;
    }
}
