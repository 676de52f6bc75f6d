using ClustER.Bot.Features.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>FAQ answers are keyed by the staff's id.</summary>
internal sealed class KnowledgeFaqConfiguration : IEntityTypeConfiguration<KnowledgeFaq>
{
    public void Configure(EntityTypeBuilder<KnowledgeFaq> builder)
    {
        builder.ToTable("KnowledgeFaqs");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(KnowledgeLimits.Id);
        builder.Property(f => f.Answer).HasMaxLength(KnowledgeLimits.Text);
        builder.Property(f => f.Url).HasMaxLength(KnowledgeLimits.Url);
        builder.Property(f => f.ImportedHash).HasMaxLength(64);
        builder.HasIndex(f => f.IsArchived);
    }
}
