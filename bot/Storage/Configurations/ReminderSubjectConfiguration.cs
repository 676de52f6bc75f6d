using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Subjects are found by key, by due instant (the sweep) and by item (a member's list).</summary>
internal sealed class ReminderSubjectConfiguration : IEntityTypeConfiguration<ReminderSubject>
{
    public void Configure(EntityTypeBuilder<ReminderSubject> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(200);
        builder.Property(s => s.Source).HasMaxLength(40);
        builder.Property(s => s.ItemKey).HasMaxLength(200);
        builder.Property(s => s.TitleIt).HasMaxLength(400);
        builder.Property(s => s.TitleEn).HasMaxLength(400);
        builder.Property(s => s.Location).HasMaxLength(400);
        builder.Property(s => s.Priorities).HasMaxLength(40);
        builder.Property(s => s.PendingNoticeOccurrence).HasMaxLength(100);
        builder.HasIndex(s => s.DueAt);
        builder.HasIndex(s => s.ItemKey);
    }
}
