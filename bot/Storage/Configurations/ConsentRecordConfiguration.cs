using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Consent history, read newest first per person and topic.</summary>
internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.Topic).HasConversion<string>().HasMaxLength(StorageLimits.EnumText);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(StorageLimits.EnumText);
        builder.HasIndex(c => new { c.Topic, c.PersonId, c.Id });
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
