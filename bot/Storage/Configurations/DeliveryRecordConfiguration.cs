using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>The ledger's unique key is what makes fan-outs idempotent.</summary>
internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.HasIndex(d => new { d.Kind, d.SubjectId, d.Occurrence, d.PersonId }).IsUnique();
        builder.HasIndex(d => d.ClaimToken);
        builder.Property(d => d.Kind).HasMaxLength(40);
        builder.Property(d => d.SubjectId).HasMaxLength(200);
        builder.Property(d => d.Occurrence).HasMaxLength(100);
    }
}
