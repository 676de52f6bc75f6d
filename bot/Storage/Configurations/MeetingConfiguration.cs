using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>A meeting owns its agenda; its calendar UID is unique.</summary>
internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Uid).HasMaxLength(100);
        builder.HasIndex(m => m.Uid).IsUnique();
        builder.Property(m => m.Place).HasMaxLength(400);
        builder.Property(m => m.OnlineLink).HasMaxLength(1000);
        builder.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
