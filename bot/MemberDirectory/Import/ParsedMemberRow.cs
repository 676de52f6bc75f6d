using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>
/// A valid record of a member CSV file. Null means "the cell was empty": the import keeps what the
/// directory already has (a language chosen in Teams is not wiped by an empty cell).
/// </summary>
internal sealed record ParsedMemberRow
{
    public required long Line { get; init; }

    public required string Name { get; init; }

    /// <summary>Lower case.</summary>
    public string? Email { get; init; }

    /// <summary>Lower case.</summary>
    public string? AadObjectId { get; init; }

    public string? Organisation { get; init; }

    public OrganisationType? OrganisationType { get; init; }

    public string? City { get; init; }

    /// <summary><c>it</c> or <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>An IANA time zone id.</summary>
    public string? TimeZone { get; init; }

    public PersonRoles? Roles { get; init; }

    /// <summary>The working groups (priority numbers); empty = leave none; null = keep the current ones.</summary>
    public IReadOnlySet<int>? WorkingGroups { get; init; }

    /// <summary>The working groups this person coordinates; null = keep the current coordinator flags.</summary>
    public IReadOnlySet<int>? Coordinates { get; init; }
}
