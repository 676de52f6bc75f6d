using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClustER.Bot.Storage;

/// <summary>
/// The application database: the source of truth for the directory, conversations, knowledge and
/// every delivery. Hangfire only executes; it never holds state this context does not.
/// </summary>
/// <remarks>
/// Each entity has its own <see cref="IEntityTypeConfiguration{TEntity}"/> under <c>Storage/Configurations</c>.
/// Feature-owned sets are declared in <c>BotDbContext.{Feature}.cs</c> partial files.
/// </remarks>
public sealed partial class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<WorkingGroupMembership> WorkingGroupMemberships => Set<WorkingGroupMembership>();

    public DbSet<StoredConversation> Conversations => Set<StoredConversation>();

    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite has no date-time type: stored as text, DateTimeOffset cannot be compared or ordered in SQL.
            // As binary (UTC ticks and offset) it can, and every reminder and ledger query needs that.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }
}
