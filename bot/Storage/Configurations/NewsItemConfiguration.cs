using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>News items, found by whether an issue carried them yet.</summary>
internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Url).HasMaxLength(StorageLimits.Url);
        builder.HasIndex(n => n.SentInIssueId);
    }
}
