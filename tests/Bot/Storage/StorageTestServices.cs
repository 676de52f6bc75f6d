using ClustER.Bot.MemberDirectory.Import;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Seeding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClustER.Tests.Bot.Storage;

/// <summary>The storage services built by hand around one context, for tests without a host.</summary>
internal static class StorageTestServices
{
    public static DatabaseInitializer InitializerFor(BotDbContext db, DemoDataOptions? demo = null, params IDemoDataSeeder[] seeders) =>
        new(db, LoaderFor(db, demo, seeders), NullLogger<DatabaseInitializer>.Instance);

    public static DemoDataLoader LoaderFor(BotDbContext db, DemoDataOptions? demo = null, params IDemoDataSeeder[] seeders) =>
        LoaderFor(db, demo, new StorageOptions(), seeders);

    public static DemoDataLoader LoaderFor(BotDbContext db, DemoDataOptions? demo, StorageOptions storage, params IDemoDataSeeder[] seeders) =>
        new(db, seeders, Options.Create(demo ?? new DemoDataOptions()), Options.Create(storage), NullLogger<DemoDataLoader>.Instance);

    public static MemberImporter ImporterFor(BotDbContext db) => new(db, NullLogger<MemberImporter>.Instance);
}
