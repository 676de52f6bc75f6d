using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One state card per meeting and staff member (the latest one sent).</summary>
internal sealed class MeetingStaffCardConfiguration : IEntityTypeConfiguration<MeetingStaffCard>
{
    public void Configure(EntityTypeBuilder<MeetingStaffCard> builder)
    {
        builder.HasKey(c => new { c.MeetingId, c.PersonId });
        builder.Property(c => c.ActivityId).HasMaxLength(200);
    }
}
