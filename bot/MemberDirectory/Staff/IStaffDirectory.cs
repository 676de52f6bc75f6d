namespace ClustER.Bot.MemberDirectory.Staff;

/// <summary>Tells whether someone is staff: listed in <c>Staff:AadObjectIds</c> or given the Staff role in the directory.</summary>
public interface IStaffDirectory
{
    /// <summary>True when the person with this Entra object id is staff; false for null or unknown ids.</summary>
    Task<bool> IsStaffAsync(string? aadObjectId, CancellationToken cancellationToken = default);
}
