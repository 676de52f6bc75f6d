using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Maps <see cref="StoredConversation"/>: one row per conversation id, refreshed on every activity.</summary>
internal sealed class StoredConversationConfiguration : IEntityTypeConfiguration<StoredConversation>
{
    public void Configure(EntityTypeBuilder<StoredConversation> builder)
    {
        builder.ToTable("Conversations");
        builder.Property(c => c.ConversationId).HasMaxLength(StorageLimits.ConversationId).IsRequired();
        builder.HasIndex(c => c.ConversationId).IsUnique();
        builder.Property(c => c.ServiceUrl).HasMaxLength(StorageLimits.Url).IsRequired();
        builder.Property(c => c.ChannelId).HasMaxLength(StorageLimits.EnumText).IsRequired();
        builder.Property(c => c.TenantId).HasMaxLength(StorageLimits.AadObjectId);
        builder.Property(c => c.BotId).HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.UserId).HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.ConversationType).HasMaxLength(StorageLimits.EnumText);
        builder.HasOne<Person>()
            .WithMany()
            .HasForeignKey(c => c.PersonId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
