namespace ClustER.Bot.Features.Conversation;

/// <summary>Who the staff are, besides the Staff role in the directory (section <c>Staff</c>).</summary>
public sealed class StaffOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Staff";

    /// <summary>Microsoft Entra object ids of the staff.</summary>
    public IList<string> AadObjectIds { get; } = [];
}
