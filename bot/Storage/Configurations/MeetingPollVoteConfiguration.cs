using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>
/// Maps <see cref="MeetingPollVote"/>. The key (slot, person) is what makes a double click or two concurrent
/// invokes one vote: the second insert fails and becomes an update.
/// </summary>
internal sealed class MeetingPollVoteConfiguration : IEntityTypeConfiguration<MeetingPollVote>
{
    public void Configure(EntityTypeBuilder<MeetingPollVote> builder)
    {
        builder.HasKey(v => new { v.SlotId, v.PersonId });
        builder.HasIndex(v => new { v.PollId, v.PersonId });
        builder.HasOne<MeetingPollSlot>().WithMany().HasForeignKey(v => v.SlotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingPoll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
