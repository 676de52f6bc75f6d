namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>
/// Recognises the header of a member CSV file. Names are compared without case, spaces, dashes or
/// underscores, and a few common variants (US spelling, Italian) are accepted, because staff export
/// these files from spreadsheets that rename columns.
/// </summary>
internal static class MemberCsvHeaders
{
    /// <summary>The header names written in the documentation and the sample file, in column order.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
    [
        "organisation", "organisationType", "city", "name", "email", "aadObjectId",
        "language", "timeZone", "roles", "workingGroups", "coordinates",
    ];

    private static readonly Dictionary<string, MemberCsvColumn> Aliases = new(StringComparer.Ordinal)
    {
        ["organisation"] = MemberCsvColumn.Organisation,
        ["organization"] = MemberCsvColumn.Organisation,
        ["organizzazione"] = MemberCsvColumn.Organisation,
        ["ente"] = MemberCsvColumn.Organisation,
        ["organisationtype"] = MemberCsvColumn.OrganisationType,
        ["organizationtype"] = MemberCsvColumn.OrganisationType,
        ["tipo"] = MemberCsvColumn.OrganisationType,
        ["tipoente"] = MemberCsvColumn.OrganisationType,
        ["city"] = MemberCsvColumn.City,
        ["citta"] = MemberCsvColumn.City,
        ["città"] = MemberCsvColumn.City,
        ["name"] = MemberCsvColumn.Name,
        ["personname"] = MemberCsvColumn.Name,
        ["fullname"] = MemberCsvColumn.Name,
        ["nome"] = MemberCsvColumn.Name,
        ["email"] = MemberCsvColumn.Email,
        ["mail"] = MemberCsvColumn.Email,
        ["emailaddress"] = MemberCsvColumn.Email,
        ["aadobjectid"] = MemberCsvColumn.AadObjectId,
        ["objectid"] = MemberCsvColumn.AadObjectId,
        ["entraobjectid"] = MemberCsvColumn.AadObjectId,
        ["oid"] = MemberCsvColumn.AadObjectId,
        ["language"] = MemberCsvColumn.Language,
        ["lingua"] = MemberCsvColumn.Language,
        ["timezone"] = MemberCsvColumn.TimeZone,
        ["fusoorario"] = MemberCsvColumn.TimeZone,
        ["roles"] = MemberCsvColumn.Roles,
        ["role"] = MemberCsvColumn.Roles,
        ["ruoli"] = MemberCsvColumn.Roles,
        ["workinggroups"] = MemberCsvColumn.WorkingGroups,
        ["wg"] = MemberCsvColumn.WorkingGroups,
        ["wgs"] = MemberCsvColumn.WorkingGroups,
        ["gruppidilavoro"] = MemberCsvColumn.WorkingGroups,
        ["coordinates"] = MemberCsvColumn.Coordinates,
        ["coordinatorof"] = MemberCsvColumn.Coordinates,
        ["coordinator"] = MemberCsvColumn.Coordinates,
        ["coordina"] = MemberCsvColumn.Coordinates,
    };

    /// <summary>The column a header name stands for, or null for a column the import ignores.</summary>
    public static MemberCsvColumn? Recognise(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        string key = new([.. header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        return Aliases.TryGetValue(key, out MemberCsvColumn column) ? column : null;
    }
}
