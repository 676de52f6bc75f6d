namespace ClustER.Bot.Storage.Seeding;

/// <summary>
/// Loads one feature's demo data (the directory, the knowledge, ...) from the demo folder.
/// Register with <c>services.AddScoped&lt;IDemoDataSeeder, MySeeder&gt;()</c>.
/// </summary>
/// <remarks>
/// The seeders run once, at the first start of the web host on an empty database (no organisations
/// and no people), in ascending <see cref="Order"/>, inside one transaction: either all the demo data is
/// there or none. They are not run by the admin commands, so importing real members into a new database
/// never mixes them with demo people.
/// </remarks>
public interface IDemoDataSeeder
{
    /// <summary>Seeders with a lower order run first (the directory is 0: others may refer to its people).</summary>
    int Order { get; }

    /// <summary>Adds the demo data and saves it.</summary>
    /// <param name="db">The context of the transaction.</param>
    /// <param name="folder">The absolute path of the demo folder (<see cref="DemoDataOptions.FullPath"/>).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    Task SeedAsync(BotDbContext db, string folder, CancellationToken cancellationToken);
}
