using ClustER.Bot.Features.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One subscription per (person, kind, item): pressing "Remind me" twice changes nothing.</summary>
internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("Subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ItemId).HasMaxLength(KnowledgeLimits.Id);
        builder.HasIndex(s => new { s.PersonId, s.ItemKind, s.ItemId }).IsUnique();
        builder.HasIndex(s => new { s.ItemKind, s.ItemId });
    }
}
