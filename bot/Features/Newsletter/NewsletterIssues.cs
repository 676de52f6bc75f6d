using System.Text.Json;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Newsletter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// The life of an issue: a draft is built (superseding unapproved ones), edited, postponed or approved;
/// each transition is one conditional update, so two staff pressing at once cannot approve twice.
/// </summary>
internal sealed class NewsletterIssues(BotDbContext db, NewsletterBuilder builder, IOptions<NewsletterOptions> options, TimeProvider time)
{
    /// <summary>The frozen content of an issue.</summary>
    public static NewsletterContent Content(NewsletterIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return JsonSerializer.Deserialize(issue.ContentJson, NewsletterJsonContext.Default.NewsletterContent)
            ?? throw new InvalidOperationException($"Newsletter issue {issue.Id} has no content.");
    }

    /// <summary>Builds a draft for <paramref name="requestKey"/>, or finds the one it built before.</summary>
    public async Task<DraftRef?> CreateDraftAsync(string requestKey, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestKey);
        NewsletterIssue? existing = await db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.RequestKey == requestKey, ct);
        if (existing is not null)
        {
            return existing.Status == NewsletterStatus.Draft ? new DraftRef(existing.Id, existing.Revision) : null;
        }

        await db.NewsletterIssues.Where(i => i.Status == NewsletterStatus.Draft || i.Status == NewsletterStatus.Postponed)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, NewsletterStatus.Superseded), ct);
        NewsletterContent content = await builder.BuildAsync(intro: null, ct);
        var issue = new NewsletterIssue { RequestKey = requestKey, ContentJson = Serialize(content), CreatedAt = time.GetUtcNow() };
        db.NewsletterIssues.Add(issue);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent run of the same request built it first.
            db.ChangeTracker.Clear();
            NewsletterIssue other = await db.NewsletterIssues.AsNoTracking().SingleAsync(i => i.RequestKey == requestKey, ct);
            return other.Status == NewsletterStatus.Draft ? new DraftRef(other.Id, other.Revision) : null;
        }

        return new DraftRef(issue.Id, issue.Revision);
    }

    /// <summary>A postponed draft whose day has come, back to draft with fresh content and a new revision.</summary>
    public async Task<DraftRef?> ResumePostponedAsync(CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        NewsletterIssue? issue = await db.NewsletterIssues
            .Where(i => i.Status == NewsletterStatus.Postponed && i.PostponedUntil <= now).OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        return issue is null ? null : await RebuildAsync(issue, issue.Intro, ct);
    }

    /// <summary>Edits a draft's introduction and rebuilds it with the current content; null when it is not a draft.</summary>
    public async Task<DraftRef?> EditAsync(int issueId, string? intro, CancellationToken ct)
    {
        NewsletterIssue? issue = await db.NewsletterIssues.FirstOrDefaultAsync(i => i.Id == issueId && i.Status == NewsletterStatus.Draft, ct);
        return issue is null ? null : await RebuildAsync(issue, string.IsNullOrWhiteSpace(intro) ? null : intro.Trim(), ct);
    }

    /// <summary>Approves revision <paramref name="revision"/> of a draft; false when it is not that draft any more.</summary>
    public async Task<bool> ApproveAsync(int issueId, int revision, int staffId, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        int changed = await db.NewsletterIssues.Where(i => i.Id == issueId && i.Revision == revision && i.Status == NewsletterStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, NewsletterStatus.Approved)
                .SetProperty(i => i.ApprovedAt, now).SetProperty(i => i.ApprovedByPersonId, staffId), ct);
        if (changed == 0)
        {
            return false;
        }

        // The news it carries are spent: the next draft starts without them.
        NewsletterIssue issue = await db.NewsletterIssues.AsNoTracking().SingleAsync(i => i.Id == issueId, ct);
        List<int> newsIds = [.. Content(issue).News.Select(n => n.Id)];
        await db.NewsItems.Where(n => newsIds.Contains(n.Id) && n.SentInIssueId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.SentInIssueId, issueId), ct);
        return true;
    }

    /// <summary>Puts a draft aside for the configured days; null when it is not a draft.</summary>
    public async Task<DateTimeOffset?> PostponeAsync(int issueId, int revision, CancellationToken ct)
    {
        DateTimeOffset until = time.GetUtcNow().AddDays(options.Value.PostponeDays);
        int changed = await db.NewsletterIssues.Where(i => i.Id == issueId && i.Revision == revision && i.Status == NewsletterStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, NewsletterStatus.Postponed).SetProperty(i => i.PostponedUntil, until), ct);
        return changed == 0 ? null : until;
    }

    /// <summary>The issue, or null.</summary>
    public Task<NewsletterIssue?> FindAsync(int issueId, CancellationToken ct) =>
        db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == issueId, ct);

    private async Task<DraftRef> RebuildAsync(NewsletterIssue issue, string? intro, CancellationToken ct)
    {
        NewsletterContent content = await builder.BuildAsync(intro, ct);
        issue.Intro = intro;
        issue.ContentJson = Serialize(content);
        issue.Revision++;
        issue.Status = NewsletterStatus.Draft;
        issue.PostponedUntil = null;
        await db.SaveChangesAsync(ct);
        return new DraftRef(issue.Id, issue.Revision);
    }

    private static string Serialize(NewsletterContent content) =>
        JsonSerializer.Serialize(content, NewsletterJsonContext.Default.NewsletterContent);
}
