using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>General assemblies and board meetings convened through the bot, and the answers to them.</summary>
public partial class BotDbContext
{
    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingAgendaItem> MeetingAgendaItems => Set<MeetingAgendaItem>();

    public DbSet<MeetingResponse> MeetingResponses => Set<MeetingResponse>();

    public DbSet<MeetingStaffCard> MeetingStaffCards => Set<MeetingStaffCard>();
}
