using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// Reads polls, votes and invitees, each call on its own context: the fan-out renders many cards at once,
/// and a context serves one operation at a time.
/// </summary>
internal sealed class PollReader(IDbContextFactory<BotDbContext> contexts, IOptionsMonitor<StaffOptions> staff, TimeProvider time)
{
    /// <summary>The poll with its slots, or null.</summary>
    public async Task<MeetingPoll?> FindAsync(int pollId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingPolls.AsNoTracking().Include(p => p.Slots).FirstOrDefaultAsync(p => p.Id == pollId, ct);
    }

    /// <summary>Every vote of the poll.</summary>
    public async Task<IReadOnlyList<MeetingPollVote>> VotesAsync(int pollId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingPollVotes.AsNoTracking().Where(v => v.PollId == pollId).ToListAsync(ct);
    }

    /// <summary>The person ids of the members of working group <paramref name="priority"/>.</summary>
    public async Task<IReadOnlyList<int>> MembersAsync(int priority, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.WorkingGroupMemberships.AsNoTracking().Where(m => m.Priority == priority)
            .OrderBy(m => m.PersonId).Select(m => m.PersonId).ToListAsync(ct);
    }

    /// <summary>The person, or null.</summary>
    public async Task<Person?> PersonAsync(int personId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
    }

    /// <summary>Who looks at a poll, as read from the directory (jobs sending cards).</summary>
    public PollViewer Viewer(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        // The staff list is read directly (not IStaffDirectory, whose scoped context the parallel fan-out would share).
        bool isStaff = person.Roles.HasFlag(PersonRoles.Staff) || (person.AadObjectId is { } aad && staff.CurrentValue.Lists(aad));
        return new PollViewer(person.Id, person.TimeZone ?? Conversation.MemberContext.DefaultTimeZone, isStaff);
    }

    /// <summary>True for staff and for the coordinators of working group <paramref name="priority"/>.</summary>
    public async Task<bool> CanManageAsync(PollViewer viewer, int priority, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsStaff)
        {
            return true;
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.WorkingGroupMemberships.AnyAsync(m => m.PersonId == viewer.PersonId && m.Priority == priority && m.IsCoordinator, ct);
    }

    /// <summary>The poll as <paramref name="viewer"/> sees it now.</summary>
    /// <remarks>The counts are the poll's counters, as read with <paramref name="poll"/>: a vote's answer must not read every vote of a 500-member group.</remarks>
    public async Task<PollView> ViewAsync(MeetingPoll poll, PollViewer viewer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(viewer);
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        // One connection for the view's queries: EF would otherwise open (and set up) a pooled connection per query.
        await db.Database.OpenConnectionAsync(ct);
        Dictionary<int, PollAnswer> mine = await db.MeetingPollVotes.AsNoTracking().Where(v => v.PollId == poll.Id && v.PersonId == viewer.PersonId)
            .ToDictionaryAsync(v => v.SlotId, v => v.Answer, ct);
        int invitees = await db.WorkingGroupMemberships.CountAsync(m => m.Priority == poll.Priority, ct);
        bool showTallies = poll.VotesVisibleToAll || await CanManageAsync(viewer, poll.Priority, ct);
        return new PollView(poll, PollTally.Of(poll), mine, showTallies, invitees, viewer.TimeZoneId, time.GetUtcNow());
    }
}

/// <summary>Who looks at a poll: whose answers to show, in which time zone, and whether staff rights apply.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="TimeZoneId">Their IANA time zone.</param>
/// <param name="IsStaff">True for staff, who always see the tallies.</param>
internal sealed record PollViewer(int PersonId, string TimeZoneId, bool IsStaff)
{
    /// <summary>The member of this turn, as the member middleware resolved them (no directory read).</summary>
    public static PollViewer Of(Conversation.MemberContext member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new PollViewer(member.PersonId, member.TimeZoneId, member.IsStaff);
    }
}
