namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>The columns of a member CSV file; see docs/member-import.md for their meaning.</summary>
internal enum MemberCsvColumn
{
    Organisation,
    OrganisationType,
    City,
    Name,
    Email,
    AadObjectId,
    Language,
    TimeZone,
    Roles,
    WorkingGroups,
    Coordinates,
}
