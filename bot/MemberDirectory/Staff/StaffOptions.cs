namespace ClustER.Bot.MemberDirectory.Staff;

/// <summary>Who the staff are, besides the people with the Staff role in the directory (section <c>Staff</c>).</summary>
public sealed class StaffOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Staff";

    /// <summary>
    /// Microsoft Entra object ids of staff members. From JSON as an array; from an environment variable or
    /// the command line also as one list separated by commas or semicolons
    /// (<c>--Staff:AadObjectIds=id1,id2</c>).
    /// </summary>
    public IList<string> AadObjectIds { get; } = [];

    /// <summary>True when <paramref name="aadObjectId"/> is listed (case-insensitively, as GUIDs compare).</summary>
    public bool Lists(string aadObjectId) =>
        AadObjectIds.Any(id => string.Equals(id.Trim(), aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase));
}
