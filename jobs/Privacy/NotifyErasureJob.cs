using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;

namespace ClustER.Jobs.Privacy;

/// <summary>
/// Tells the staff that a member exercised the right to erasure, once per staff member: the ledger key is the
/// tombstone's id, so a retried or duplicated job reaches only staff not told yet.
/// </summary>
[AutomaticRetry(Attempts = 5)]
public sealed class NotifyErasureJob(IErasureNotices notices, FanOutRunner runner)
{
    /// <summary>The ledger kind of the notices.</summary>
    public const string LedgerKind = "privacy-erasure-notice";

    /// <summary>The organisation argument of a notice re-sent after a restart, when the erased row no longer says.</summary>
    public const string UnknownOrganisation = "?";

    /// <summary>Sends the notice about tombstone <paramref name="reference"/>.</summary>
    [DisplayName("Erasure notice {0}")]
    public async Task RunAsync(int reference, DateTimeOffset erasedAt, string? organisation, int? requestedByStaffId, CancellationToken cancellationToken)
    {
        var notice = new ErasureNotice(reference, erasedAt, organisation, requestedByStaffId);
        IReadOnlyList<int> staff = await notices.StaffAsync(cancellationToken);
        await runner.RunAsync(LedgerKind, reference.ToString(CultureInfo.InvariantCulture), string.Empty, staff,
            (staffId, ct) => notices.ComposeAsync(notice, staffId, ct), cancellationToken);
    }
}
