using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>
/// The directory as the import sees it: every organisation and person in memory (a few hundred rows),
/// indexed by the keys records are matched on, and kept up to date as records are applied.
/// </summary>
internal sealed class DirectorySnapshot
{
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Person> _byObjectId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Person>> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _erased = new(StringComparer.Ordinal);

    private DirectorySnapshot()
    {
    }

    /// <summary>Loads the organisations and the people with their working groups, tracked for update.</summary>
    public static async Task<DirectorySnapshot> LoadAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = new DirectorySnapshot();
        foreach (Organisation organisation in await db.Organisations.ToListAsync(cancellationToken))
        {
            snapshot.Add(organisation);
        }

        foreach (Person person in await db.People.Include(p => p.WorkingGroups).ToListAsync(cancellationToken))
        {
            snapshot.Index(person);
        }

        snapshot._erased.UnionWith(await db.ErasedIdentities.Select(e => e.IdentifierHash).ToListAsync(cancellationToken));

        return snapshot;
    }

    /// <summary>The organisation with this name (ignoring case), or null.</summary>
    public Organisation? FindOrganisation(string? name) =>
        name is null ? null : _organisations.GetValueOrDefault(name.Trim());

    /// <summary>Adds a new organisation so later records find it.</summary>
    public void Add(Organisation organisation) => _organisations[organisation.Name.Trim()] = organisation;

    /// <summary>
    /// The person a record is about: by aadObjectId; else by email when exactly one person has it (for a
    /// record with an aadObjectId, only people without one are candidates: people sharing a mailbox each
    /// have their own). Null for a new person, or when the email is ambiguous (reason added to <paramref name="errors"/>).
    /// </summary>
    public Person? FindPerson(ParsedMemberRow row, List<string> errors)
    {
        if (row.AadObjectId is not null && _byObjectId.TryGetValue(row.AadObjectId, out Person? byId))
        {
            return byId;
        }

        if (row.Email is null || !_byEmail.TryGetValue(row.Email, out List<Person>? sharing))
        {
            return null;
        }

        List<Person> candidates = row.AadObjectId is null ? sharing : [.. sharing.Where(p => p.AadObjectId is null)];
        if (candidates.Count > 1)
        {
            errors.Add($"email '{row.Email}' is shared by {candidates.Count} people: give the aadObjectId to tell them apart");
            return null;
        }

        return candidates.FirstOrDefault();
    }

    /// <summary>True when the record's e-mail or object id belongs to a person who asked to be forgotten.</summary>
    public bool WasErased(ParsedMemberRow row) =>
        (row.AadObjectId is not null && _erased.Contains(ErasedIdentity.HashOfObjectId(row.AadObjectId)))
        || (row.Email is not null && _erased.Contains(ErasedIdentity.HashOfEmail(row.Email)));

    /// <summary>
    /// The line of an earlier record of this import about the same person, if any: the same aadObjectId,
    /// or, for a record without one, the same email (people sharing a mailbox need their object ids).
    /// </summary>
    public long? EarlierLineOf(ParsedMemberRow row)
    {
        if (row.AadObjectId is not null)
        {
            return _seen.TryGetValue("oid:" + row.AadObjectId, out long byId) ? byId : null;
        }

        return row.Email is not null && _seen.TryGetValue("email:" + row.Email, out long byEmail) ? byEmail : null;
    }

    /// <summary>Records that <paramref name="row"/> was applied to <paramref name="person"/>.</summary>
    public void Remember(Person person, ParsedMemberRow row)
    {
        Index(person);
        if (row.AadObjectId is not null)
        {
            _seen.TryAdd("oid:" + row.AadObjectId, row.Line);
        }

        if (row.Email is not null)
        {
            _seen.TryAdd("email:" + row.Email, row.Line);
        }
    }

    private void Index(Person person)
    {
        if (person.AadObjectId is { } id)
        {
            _byObjectId[id] = person;
        }

        if (person.Email is { } email)
        {
            List<Person> sharing = _byEmail.TryGetValue(email, out List<Person>? list) ? list : _byEmail[email] = [];
            if (!sharing.Contains(person))
            {
                sharing.Add(person);
            }
        }
    }
}
