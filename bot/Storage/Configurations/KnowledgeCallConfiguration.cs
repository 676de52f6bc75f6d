using ClustER.Bot.Features.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Calls are keyed by the staff's id; lists are stored as JSON columns (EF primitive collections).</summary>
internal sealed class KnowledgeCallConfiguration : IEntityTypeConfiguration<KnowledgeCall>
{
    public void Configure(EntityTypeBuilder<KnowledgeCall> builder)
    {
        builder.ToTable("KnowledgeCalls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(KnowledgeLimits.Id);
        builder.Property(c => c.Title).HasMaxLength(KnowledgeLimits.Title);
        builder.Property(c => c.Programme).HasMaxLength(KnowledgeLimits.Line);
        builder.Property(c => c.Budget).HasMaxLength(KnowledgeLimits.Line);
        builder.Property(c => c.Url).HasMaxLength(KnowledgeLimits.Url);
        builder.Property(c => c.Summary).HasMaxLength(KnowledgeLimits.Text);
        builder.Property(c => c.ImportedHash).HasMaxLength(64);
        builder.HasIndex(c => c.IsArchived);
    }
}
