using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>Reads a meeting with who is convened, their answers and the state of the answers.</summary>
internal sealed class MeetingDirectory(IDbContextFactory<BotDbContext> contexts, IOptions<AssemblyOptions> options)
{
    /// <summary>The meeting with its agenda, or null.</summary>
    public async Task<Meeting?> FindAsync(int meetingId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.Meetings.AsNoTracking().Include(m => m.Agenda).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
    }

    /// <summary>Everyone convened to a meeting of <paramref name="kind"/>: representatives or board members.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(MeetingKind kind, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        PersonRoles role = kind == MeetingKind.GeneralAssembly ? PersonRoles.Representative : PersonRoles.Board;
        return await db.People.AsNoTracking().Where(p => (p.Roles & role) != 0).OrderBy(p => p.Name)
            .Select(p => new Participant(p.Id, p.Name, p.OrganisationId, p.Organisation == null ? null : p.Organisation.Name))
            .ToListAsync(ct);
    }

    /// <summary>The answers so far.</summary>
    public async Task<IReadOnlyList<MeetingResponse>> ResponsesAsync(int meetingId, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingResponses.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);
    }

    /// <summary>Member organisations by id.</summary>
    public async Task<IReadOnlyDictionary<int, string>> OrganisationNamesAsync(CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    /// <summary>The state of the answers to <paramref name="meeting"/>.</summary>
    public async Task<MeetingState> StateAsync(Meeting meeting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return MeetingState.Compute(await ParticipantsAsync(meeting.Kind, ct), await ResponsesAsync(meeting.Id, ct),
            await OrganisationNamesAsync(ct), options.Value.FirstCallQuorum);
    }
}
