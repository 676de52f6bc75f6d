using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One answer per participant; proxies are counted per holder.</summary>
internal sealed class MeetingResponseConfiguration : IEntityTypeConfiguration<MeetingResponse>
{
    public void Configure(EntityTypeBuilder<MeetingResponse> builder)
    {
        builder.HasKey(r => new { r.MeetingId, r.PersonId });
        builder.HasIndex(r => new { r.MeetingId, r.ProxyOrganisationId });
    }
}
