using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Working-group meeting polls: the polls, their candidate slots and the votes.</summary>
public partial class BotDbContext
{
    public DbSet<MeetingPoll> MeetingPolls => Set<MeetingPoll>();

    public DbSet<MeetingPollSlot> MeetingPollSlots => Set<MeetingPollSlot>();

    public DbSet<MeetingPollVote> MeetingPollVotes => Set<MeetingPollVote>();
}
