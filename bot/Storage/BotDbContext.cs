using ClustER.Bot.Storage.Conventions;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>
/// The application database: the source of truth for the directory, conversations, knowledge and
/// every delivery. Hangfire only executes; it never holds state this context does not.
/// </summary>
/// <remarks>
/// <para>
/// Each entity has its own <see cref="IEntityTypeConfiguration{TEntity}"/> under <c>Storage/Configurations</c>.
/// Feature-owned sets are declared in <c>BotDbContext.{Feature}.cs</c> partial files, declared as
/// <c>public partial class BotDbContext</c> (never <c>sealed</c>: each provider derives its own context,
/// <see cref="SqliteBotDbContext"/> and <see cref="SqlServerBotDbContext"/>, to own its migrations).
/// </para>
/// <para>
/// Inject <see cref="BotDbContext"/>; DI hands out the derived context of the configured provider.
/// After changing the model, add a migration for <b>both</b> providers, from the repository root
/// (the tool is pinned in <c>.config/dotnet-tools.json</c>; run <c>dotnet tool restore</c> once):
/// <code>
/// dotnet ef migrations add NAME --project bot --context SqliteBotDbContext --output-dir Storage/Migrations/Sqlite
/// dotnet ef migrations add NAME --project bot --context SqlServerBotDbContext --output-dir Storage/Migrations/SqlServer
/// </code>
/// Migrations are applied at start (<see cref="DatabaseInitializer"/>). To start the migrations over
/// (e.g. when merging branches that each added entities): delete both folders and add <c>Initial</c> with
/// the two commands above. No connection is needed: the design-time factories under
/// <c>Storage/DesignTime</c> build the contexts without a database.
/// </para>
/// </remarks>
public partial class BotDbContext : DbContext
{
    /// <summary>A context on explicit options (tests, tools); the app injects the provider's derived context.</summary>
    public BotDbContext(DbContextOptions<BotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider-specific contexts that own the migrations.</summary>
    protected BotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<WorkingGroupMembership> WorkingGroupMemberships => Set<WorkingGroupMembership>();

    public DbSet<StoredConversation> Conversations => Set<StoredConversation>();

    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();

    /// <summary>Hashed identifiers of erased people, which a member import must not bring back.</summary>
    public DbSet<ErasedIdentity> ErasedIdentities => Set<ErasedIdentity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time type: EF stores DateTimeOffset as text with its offset, which neither
        // sorts nor compares as an instant, so EF refuses ORDER BY on it. Stored as fixed-width UTC text
        // instead, values sort and compare correctly and stay readable. SQL Server keeps datetimeoffset.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }
}
