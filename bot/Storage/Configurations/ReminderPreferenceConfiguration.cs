using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One preference per member and kind.</summary>
internal sealed class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> builder)
    {
        builder.HasKey(p => new { p.PersonId, p.Kind });
        builder.Property(p => p.Offsets).HasMaxLength(100);
    }
}
