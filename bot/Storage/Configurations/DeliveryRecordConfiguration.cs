using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>
/// Maps the delivery ledger. The unique (kind, subject, occurrence, person) key is what makes a
/// retried or duplicated job harmless: the second insert fails instead of a second message going out.
/// </summary>
internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.ToTable("Deliveries");
        builder.Property(d => d.Kind).HasMaxLength(StorageLimits.EnumText).IsRequired();
        builder.Property(d => d.SubjectId).HasMaxLength(StorageLimits.ShortText).IsRequired();
        builder.Property(d => d.Occurrence).HasMaxLength(StorageLimits.EnumText).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(StorageLimits.EnumText);
        builder.Property(d => d.ActivityId).HasMaxLength(StorageLimits.ChannelId);
        builder.Property(d => d.LastError).HasMaxLength(StorageLimits.LongText);
        builder.HasIndex(d => new { d.Kind, d.SubjectId, d.Occurrence, d.PersonId }).IsUnique();

        // A run finds the rows it claimed by its token.
        builder.Property(d => d.ClaimToken).HasMaxLength(StorageLimits.EnumText);
        builder.HasIndex(d => d.ClaimToken);

        // Sweeps look for unfinished deliveries by status.
        builder.HasIndex(d => new { d.Status, d.CreatedAt });
        builder.HasOne<Person>()
            .WithMany()
            .HasForeignKey(d => d.PersonId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
