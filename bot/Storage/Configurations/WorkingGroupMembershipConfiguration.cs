using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One membership per person and priority.</summary>
internal sealed class WorkingGroupMembershipConfiguration : IEntityTypeConfiguration<WorkingGroupMembership>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMembership> builder) =>
        builder.HasKey(m => new { m.PersonId, m.Priority });
}
