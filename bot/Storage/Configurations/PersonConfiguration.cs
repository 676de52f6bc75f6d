using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>
/// Maps <see cref="Person"/>. The Teams user id and the Entra object id each identify at most one
/// person (on SQL Server the unique indexes skip NULLs, as SQLite's do).
/// </summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Name).HasMaxLength(StorageLimits.Name).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(StorageLimits.Email);
        builder.Property(p => p.TeamsUserId).HasMaxLength(StorageLimits.ChannelId);
        builder.Property(p => p.AadObjectId).HasMaxLength(StorageLimits.AadObjectId);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(8);
        builder.Property(p => p.TimeZone).HasMaxLength(StorageLimits.ShortText);

        // A bit set, stored as an integer so that Roles.HasFlag(...) is translated to SQL.
        builder.Property(p => p.Roles).HasConversion<int>();

        builder.HasIndex(p => p.TeamsUserId).IsUnique();
        builder.HasIndex(p => p.AadObjectId).IsUnique();

        // Not unique: two representatives of a small member may share one mailbox.
        builder.HasIndex(p => p.Email);

        builder.HasMany(p => p.WorkingGroups)
            .WithOne(m => m.Person)
            .HasForeignKey(m => m.PersonId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
