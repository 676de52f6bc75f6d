using System.ComponentModel;
using System.Globalization;
using ClustER.Jobs.Delivery;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ClustER.Jobs.Newsletter;

/// <summary>
/// Builds a draft issue and sends its preview (Approve / Edit / Postpone) to every staff member. Runs daily
/// on the schedule, where it acts only on the first working day of the month or when a postponed draft is
/// due, and on demand ("send newsletter now"). Nothing reaches members from here: only approval sends.
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class PrepareNewsletterJob(INewsletterDesk desk, FanOutRunner runner, IOptions<NewsletterOptions> options, TimeProvider time)
{
    /// <summary>The recurring job id.</summary>
    public const string RecurringJobId = "newsletter-monthly";

    /// <summary>The scheduled run: this month's draft on its first working day, or a postponed draft that is due.</summary>
    [DisplayName("Newsletter schedule")]
    public async Task RunScheduledAsync(CancellationToken cancellationToken)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        DateOnly today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        DraftRef? draft = await desk.ResumePostponedAsync(cancellationToken);
        if (draft is null && ItalianWorkingDays.IsFirstWorkingDayOfMonth(today))
        {
            draft = await desk.CreateDraftAsync($"scheduled:{today.ToString("yyyy-MM", CultureInfo.InvariantCulture)}", cancellationToken);
        }

        if (draft is not null)
        {
            await SendPreviewAsync(draft, cancellationToken);
        }
    }

    /// <summary>A draft asked for by staff; <paramref name="requestKey"/> makes a retry find the same draft.</summary>
    [DisplayName("Newsletter draft {0}")]
    public async Task RunAsync(string requestKey, CancellationToken cancellationToken)
    {
        if (await desk.CreateDraftAsync(requestKey, cancellationToken) is { } draft)
        {
            await SendPreviewAsync(draft, cancellationToken);
        }
    }

    /// <summary>The preview of revision <paramref name="revision"/> (after an edit) to every staff member.</summary>
    [DisplayName("Newsletter preview {0} rev {1}")]
    public Task PreviewAsync(int issueId, int revision, CancellationToken cancellationToken) =>
        SendPreviewAsync(new DraftRef(issueId, revision), cancellationToken);

    private async Task SendPreviewAsync(DraftRef draft, CancellationToken ct)
    {
        IReadOnlyList<int> staff = await desk.StaffAsync(ct);
        await runner.RunAsync(NewsletterLedger.PreviewKind, NewsletterLedger.SubjectId(draft.IssueId), $"rev{draft.Revision.ToString(CultureInfo.InvariantCulture)}",
            staff, (staffId, token) => desk.ComposePreviewAsync(draft.IssueId, staffId, token), ct);
    }
}
