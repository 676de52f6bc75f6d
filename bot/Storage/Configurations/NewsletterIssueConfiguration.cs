using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Issues; the unique request key makes draft creation idempotent.</summary>
internal sealed class NewsletterIssueConfiguration : IEntityTypeConfiguration<NewsletterIssue>
{
    public void Configure(EntityTypeBuilder<NewsletterIssue> builder)
    {
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(StorageLimits.EnumText);
        builder.Property(i => i.RequestKey).HasMaxLength(100);
        builder.HasIndex(i => i.RequestKey).IsUnique();
        builder.Property(i => i.Intro).HasMaxLength(2000);
        builder.HasIndex(i => i.Status);
    }
}
