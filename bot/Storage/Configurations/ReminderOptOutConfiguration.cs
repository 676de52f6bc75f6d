using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One opt-out per member and item.</summary>
internal sealed class ReminderOptOutConfiguration : IEntityTypeConfiguration<ReminderOptOut>
{
    public void Configure(EntityTypeBuilder<ReminderOptOut> builder)
    {
        builder.HasKey(o => new { o.PersonId, o.ItemKey });
        builder.Property(o => o.ItemKey).HasMaxLength(200);
    }
}
