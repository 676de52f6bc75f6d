using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Maps <see cref="MeetingPollSlot"/>: one position per poll.</summary>
internal sealed class MeetingPollSlotConfiguration : IEntityTypeConfiguration<MeetingPollSlot>
{
    public void Configure(EntityTypeBuilder<MeetingPollSlot> builder)
    {
        builder.HasIndex(s => new { s.PollId, s.Position }).IsUnique();
        builder.Ignore(s => s.EndsAt);
    }
}
