using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One subscription per member and item; the sweep looks them up by item.</summary>
internal sealed class ReminderSubscriptionConfiguration : IEntityTypeConfiguration<ReminderSubscription>
{
    public void Configure(EntityTypeBuilder<ReminderSubscription> builder)
    {
        builder.HasKey(s => new { s.PersonId, s.ItemKey });
        builder.Property(s => s.ItemKey).HasMaxLength(200);
        builder.HasIndex(s => s.ItemKey);
    }
}
