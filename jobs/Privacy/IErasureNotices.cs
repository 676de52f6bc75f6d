using ClustER.Jobs.Delivery;

namespace ClustER.Jobs.Privacy;

/// <summary>What the erasure notice needs from the bot: who the staff are, and each one's notice.</summary>
public interface IErasureNotices
{
    /// <summary>The staff members to tell.</summary>
    Task<IReadOnlyList<int>> StaffAsync(CancellationToken cancellationToken);

    /// <summary>The notice for staff member <paramref name="staffPersonId"/>, in their language.</summary>
    Task<OutboundMessage?> ComposeAsync(ErasureNotice notice, int staffPersonId, CancellationToken cancellationToken);
}

/// <summary>
/// What staff are told about an erasure: only what they need to follow up (a reference, when, the member
/// organisation, whether staff ran it), never the erased person's name or contacts.
/// </summary>
/// <param name="Reference">The anonymous tombstone's id, the only handle left.</param>
/// <param name="ErasedAt">When the erasure was committed.</param>
/// <param name="Organisation">The person's member organisation, if any, to follow up with it.</param>
/// <param name="RequestedByStaffId">The staff member who ran it for the member, or null when the member did.</param>
public sealed record ErasureNotice(int Reference, DateTimeOffset ErasedAt, string? Organisation, int? RequestedByStaffId);
