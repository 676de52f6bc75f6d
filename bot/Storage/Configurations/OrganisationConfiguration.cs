using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Maps <see cref="Organisation"/>: one row per member organisation, unique by name.</summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Name).HasMaxLength(StorageLimits.Name).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(StorageLimits.EnumText);
        builder.Property(o => o.City).HasMaxLength(StorageLimits.ShortText);
        builder.HasMany(o => o.People)
            .WithOne(p => p.Organisation)
            .HasForeignKey(p => p.OrganisationId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
