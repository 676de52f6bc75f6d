using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Maps <see cref="WorkingGroupMembership"/>: one row per person and strategic priority.</summary>
internal sealed class WorkingGroupMembershipConfiguration : IEntityTypeConfiguration<WorkingGroupMembership>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMembership> builder)
    {
        builder.ToTable("WorkingGroupMemberships", table => table.HasCheckConstraint(
            "CK_WorkingGroupMemberships_Priority",
            $"Priority BETWEEN 1 AND {StrategicPriorities.Count}"));
        builder.HasKey(m => new { m.PersonId, m.Priority });
        builder.HasIndex(m => m.Priority);
    }
}
