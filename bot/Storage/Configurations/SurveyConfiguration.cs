using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Sent surveys; the close and retention jobs look them up by state and close date.</summary>
internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(1200);
        builder.Property(s => s.ReminderDays).HasMaxLength(40);
        builder.HasIndex(s => new { s.State, s.ClosesAt });
    }
}
