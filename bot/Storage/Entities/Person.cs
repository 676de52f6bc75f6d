namespace ClustER.Bot.Storage.Entities;

/// <summary>A person the bot talks to: a member organisation's representative or employee, or staff.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    /// <summary>The Teams channel account id (<c>29:...</c>), known once the person has talked to the bot.</summary>
    public string? TeamsUserId { get; set; }

    /// <summary>The Microsoft Entra object id; how staff and imported members are recognised.</summary>
    public string? AadObjectId { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary><c>it</c> or <c>en</c> when chosen; null = follow the language of each message.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>IANA time zone, from Teams' clientInfo or the directory; null = Europe/Rome.</summary>
    public string? TimeZone { get; set; }

    public PersonRoles Roles { get; set; } = PersonRoles.Member;

    /// <summary>False once the person blocked or uninstalled the bot; proactive sends skip them.</summary>
    public bool IsReachable { get; set; } = true;

    public DateTimeOffset? UnreachableSince { get; set; }

    /// <summary>
    /// When the person's data was erased ("forget me"). The row stays as an anonymous tombstone, so ledger rows
    /// and meeting minutes that must be kept still point at a person, who no longer has a name or ids.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public ICollection<WorkingGroupMembership> WorkingGroups { get; } = [];
}

/// <summary>What a person is to the association; a person can be several.</summary>
[Flags]
public enum PersonRoles
{
    None = 0,
    Member = 1,

    /// <summary>The organisation's representative at the general assembly.</summary>
    Representative = 2,
    Board = 4,
    Staff = 8,
}
