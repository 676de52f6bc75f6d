using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>Questions handed to staff; the open ones are listed by the time they were asked.</summary>
internal sealed class StaffQuestionConfiguration : IEntityTypeConfiguration<StaffQuestion>
{
    public void Configure(EntityTypeBuilder<StaffQuestion> builder)
    {
        builder.ToTable("StaffQuestions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.ConversationId).HasMaxLength(KnowledgeLimits.Url);
        builder.Property(q => q.Text).HasMaxLength(KnowledgeLimits.Text);
        builder.Property(q => q.Language).HasMaxLength(8);
        builder.Property(q => q.Answer).HasMaxLength(KnowledgeLimits.Text);
        builder.HasIndex(q => q.AnsweredAt);
    }
}
