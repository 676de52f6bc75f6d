using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }
}
