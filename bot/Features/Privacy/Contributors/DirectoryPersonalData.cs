using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy.Contributors;

/// <summary>
/// The directory entry: name, e-mail, Teams and Entra ids, organisation, language, time zone, roles, working
/// groups. Erasure anonymises the row in place instead of deleting it: ledger rows and meeting minutes keep a
/// foreign key to it, and a tombstone without name or ids is no longer personal data. The e-mail and object id
/// are kept as hashes only, so a member import does not add the person back (<see cref="ErasedIdentity"/>).
/// </summary>
[PersonalData(typeof(Person), typeof(WorkingGroupMembership))]
internal sealed class DirectoryPersonalData(BotDbContext db, TimeProvider time) : IPersonalDataContributor
{
    public string Section => "directory";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        Person? person = await db.People.AsNoTracking().Include(p => p.Organisation).Include(p => p.WorkingGroups)
            .FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        return new JsonObject
        {
            ["name"] = person.Name,
            ["email"] = person.Email,
            ["teamsUserId"] = person.TeamsUserId,
            ["aadObjectId"] = person.AadObjectId,
            ["organisation"] = person.Organisation?.Name,
            ["preferredLanguage"] = person.PreferredLanguage,
            ["timeZone"] = person.TimeZone,
            ["roles"] = person.Roles.ToString(),
            ["isReachable"] = person.IsReachable,
            ["unreachableSince"] = person.UnreachableSince,
            ["workingGroups"] = new JsonArray([.. person.WorkingGroups.OrderBy(w => w.Priority)
                .Select(w => new JsonObject { ["priority"] = w.Priority, ["isCoordinator"] = w.IsCoordinator })]),
        };
    }

    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await RememberErasedIdentifiersAsync(personId, now, cancellationToken);
        await db.WorkingGroupMemberships.Where(m => m.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Name, TombstoneName(personId))
            .SetProperty(p => p.Email, (string?)null)
            .SetProperty(p => p.TeamsUserId, (string?)null)
            .SetProperty(p => p.AadObjectId, (string?)null)
            .SetProperty(p => p.OrganisationId, (int?)null)
            .SetProperty(p => p.PreferredLanguage, (string?)null)
            .SetProperty(p => p.TimeZone, (string?)null)
            .SetProperty(p => p.Roles, PersonRoles.None)
            .SetProperty(p => p.IsReachable, false)
            .SetProperty(p => p.UnreachableSince, (DateTimeOffset?)null)
            .SetProperty(p => p.ErasedAt, p => p.ErasedAt ?? now), cancellationToken);
    }

    /// <summary>
    /// Keeps the hashes of the person's e-mail and object id, so that a member import of a list that still has
    /// them reports them instead of adding them again (<see cref="ErasedIdentity"/>).
    /// </summary>
    private async Task RememberErasedIdentifiersAsync(int personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Email, p.AadObjectId }).FirstOrDefaultAsync(cancellationToken);
        List<string> hashes = [];
        if (!string.IsNullOrWhiteSpace(ids?.Email))
        {
            hashes.Add(ErasedIdentity.HashOfEmail(ids.Email));
        }

        if (!string.IsNullOrWhiteSpace(ids?.AadObjectId))
        {
            hashes.Add(ErasedIdentity.HashOfObjectId(ids.AadObjectId));
        }

        List<string> known = await db.ErasedIdentities.Where(e => hashes.Contains(e.IdentifierHash)).Select(e => e.IdentifierHash).ToListAsync(cancellationToken);
        db.ErasedIdentities.AddRange(hashes.Except(known).Select(hash => new ErasedIdentity { IdentifierHash = hash, ErasedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The name a tombstone shows where a name is expected (staff cards, minutes): its number only.</summary>
    public static string TombstoneName(int personId) => "#" + personId;
}
