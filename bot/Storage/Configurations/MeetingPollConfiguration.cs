using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Maps <see cref="MeetingPoll"/>; its slots go with it.</summary>
internal sealed class MeetingPollConfiguration : IEntityTypeConfiguration<MeetingPoll>
{
    public void Configure(EntityTypeBuilder<MeetingPoll> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(StorageLimits.Name);
        builder.Property(p => p.Place).HasMaxLength(StorageLimits.Name);
        builder.Property(p => p.OnlineLink).HasMaxLength(StorageLimits.Url);
        builder.Property(p => p.Uid).HasMaxLength(100);
        builder.Property(p => p.CloseJobId).HasMaxLength(100);
        builder.Property(p => p.ReminderJobId).HasMaxLength(100);
        builder.HasIndex(p => p.Uid).IsUnique();
        builder.Property(p => p.FormId).HasMaxLength(64);
        builder.HasIndex(p => p.FormId).IsUnique();
        builder.HasIndex(p => p.Deadline);
        builder.HasMany(p => p.Slots).WithOne().HasForeignKey(s => s.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}
