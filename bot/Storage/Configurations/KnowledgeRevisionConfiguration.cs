using ClustER.Bot.Features.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>The log of knowledge changes; its highest id is the current revision.</summary>
internal sealed class KnowledgeRevisionConfiguration : IEntityTypeConfiguration<KnowledgeRevision>
{
    public void Configure(EntityTypeBuilder<KnowledgeRevision> builder)
    {
        builder.ToTable("KnowledgeRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Source).HasMaxLength(KnowledgeLimits.Url);
    }
}
