using ClustER.Bot.Features.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Events are keyed by the staff's id.</summary>
internal sealed class KnowledgeEventConfiguration : IEntityTypeConfiguration<KnowledgeEvent>
{
    public void Configure(EntityTypeBuilder<KnowledgeEvent> builder)
    {
        builder.ToTable("KnowledgeEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(KnowledgeLimits.Id);
        builder.Property(e => e.Title).HasMaxLength(KnowledgeLimits.Title);
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.Location).HasMaxLength(KnowledgeLimits.Line);
        builder.Property(e => e.Online).HasMaxLength(KnowledgeLimits.Url);
        builder.Property(e => e.RegistrationUrl).HasMaxLength(KnowledgeLimits.Url);
        builder.Property(e => e.Url).HasMaxLength(KnowledgeLimits.Url);
        builder.Property(e => e.Summary).HasMaxLength(KnowledgeLimits.Text);
        builder.Property(e => e.ImportedHash).HasMaxLength(64);
        builder.HasIndex(e => e.IsArchived);
    }
}
