using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>
/// Writes a record onto a person. Empty cells keep what is stored; what Teams taught the bot
/// (Teams user id, reachability) is never touched by an import.
/// </summary>
internal static class MemberUpdate
{
    public static void Apply(BotDbContext db, Person person, ParsedMemberRow row, Organisation? organisation)
    {
        person.Name = row.Name;
        person.Email = row.Email ?? person.Email;
        person.AadObjectId = row.AadObjectId ?? person.AadObjectId;
        person.Organisation = organisation ?? person.Organisation;
        person.PreferredLanguage = row.Language ?? person.PreferredLanguage;
        person.TimeZone = row.TimeZone ?? person.TimeZone;
        person.Roles = row.Roles ?? person.Roles;
        ApplyWorkingGroups(db, person, row.WorkingGroups, row.Coordinates);
    }

    /// <summary>
    /// <paramref name="groups"/> replaces the memberships (null keeps them); <paramref name="coordinates"/>
    /// sets the coordinator flags (null keeps them) and implies membership of those groups.
    /// </summary>
    private static void ApplyWorkingGroups(BotDbContext db, Person person, IReadOnlySet<int>? groups, IReadOnlySet<int>? coordinates)
    {
        if (groups is null && coordinates is null)
        {
            return;
        }

        var wanted = new HashSet<int>(groups ?? person.WorkingGroups.Select(m => m.Priority));
        wanted.UnionWith(coordinates ?? new HashSet<int>());
        foreach (WorkingGroupMembership gone in person.WorkingGroups.Where(m => !wanted.Contains(m.Priority)).ToList())
        {
            person.WorkingGroups.Remove(gone);
            db.WorkingGroupMemberships.Remove(gone);
        }

        foreach (int priority in wanted.Where(p => person.WorkingGroups.All(m => m.Priority != p)).Order())
        {
            person.WorkingGroups.Add(new WorkingGroupMembership { Person = person, Priority = priority });
        }

        if (coordinates is not null)
        {
            foreach (WorkingGroupMembership membership in person.WorkingGroups)
            {
                membership.IsCoordinator = coordinates.Contains(membership.Priority);
            }
        }
    }
}
