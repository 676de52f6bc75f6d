using ClustER.Jobs.Delivery;

namespace ClustER.Jobs.Newsletter;

/// <summary>What the newsletter jobs need from the bot: drafts, recipients, and every message in its reader's language.</summary>
public interface INewsletterDesk
{
    /// <summary>
    /// Builds a draft issue from the current content, superseding any unapproved draft. Idempotent per
    /// <paramref name="requestKey"/> (a retried job finds the draft it made); null when the key names this
    /// month's scheduled issue and it exists already under another request.
    /// </summary>
    Task<DraftRef?> CreateDraftAsync(string requestKey, CancellationToken cancellationToken);

    /// <summary>A postponed draft whose date has come, rebuilt with the current content; null when none.</summary>
    Task<DraftRef?> ResumePostponedAsync(CancellationToken cancellationToken);

    /// <summary>The staff who receive previews and progress cards.</summary>
    Task<IReadOnlyList<int>> StaffAsync(CancellationToken cancellationToken);

    /// <summary>The preview with Approve / Edit / Postpone, or null when the issue is no longer a draft.</summary>
    Task<OutboundMessage?> ComposePreviewAsync(int issueId, int staffId, CancellationToken cancellationToken);

    /// <summary>Moves an approved issue to sending; false when it is not approved (nothing goes out without approval).</summary>
    Task<bool> BeginSendingAsync(int issueId, CancellationToken cancellationToken);

    /// <summary>Every member who consented to the newsletter, as of now.</summary>
    Task<IReadOnlyList<int>> RecipientsAsync(CancellationToken cancellationToken);

    /// <summary>The issue for <paramref name="personId"/>, or null when they withdrew consent since the dispatch began.</summary>
    Task<OutboundMessage?> ComposeIssueAsync(int issueId, int personId, CancellationToken cancellationToken);

    /// <summary>The staff's progress card ("1.234 / 2.000 inviati"), or the final report when <paramref name="progress"/> is complete.</summary>
    Task<OutboundMessage> ComposeProgressAsync(int issueId, int staffId, DeliveryProgress progress, CancellationToken cancellationToken);

    /// <summary>The progress cards already sent to staff (person, activity id), to update them in place.</summary>
    Task<IReadOnlyList<(int PersonId, string ActivityId)>> ProgressCardsAsync(int issueId, CancellationToken cancellationToken);

    /// <summary>Records that the dispatch of the issue is over.</summary>
    Task CompleteAsync(int issueId, CancellationToken cancellationToken);
}
