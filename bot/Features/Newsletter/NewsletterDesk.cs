using System.Collections.Concurrent;
using ClustER.Bot.Localization;
using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Newsletter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// The newsletter jobs' port on the application database: drafts and their states, recipients by consent,
/// and each message rendered in its reader's language. Called by parallel senders, so every call uses
/// its own short-lived context.
/// </summary>
internal sealed class NewsletterDesk(
    IDbContextFactory<BotDbContext> contexts,
    NewsletterIssues issues,
    ConsentRegistry consent,
    IOptionsMonitor<StaffOptions> staffOptions,
    IOptions<NewsletterOptions> options,
    TimeProvider time) : INewsletterDesk
{
    private readonly ConcurrentDictionary<int, NewsletterContent> _contents = new();
    private readonly ConcurrentDictionary<int, string> _languages = new();

    public Task<DraftRef?> CreateDraftAsync(string requestKey, CancellationToken cancellationToken) =>
        issues.CreateDraftAsync(requestKey, cancellationToken);

    public Task<DraftRef?> ResumePostponedAsync(CancellationToken cancellationToken) =>
        issues.ResumePostponedAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> StaffAsync(CancellationToken cancellationToken)
    {
        List<string> listed = [.. staffOptions.CurrentValue.AadObjectIds.Select(id => id.Trim())];
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.People.Where(p => (p.Roles & PersonRoles.Staff) == PersonRoles.Staff || (p.AadObjectId != null && listed.Contains(p.AadObjectId)))
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    public async Task<OutboundMessage?> ComposePreviewAsync(int issueId, int staffId, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        NewsletterIssue? issue = await db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == issueId, cancellationToken);
        if (issue is not { Status: NewsletterStatus.Draft })
        {
            return null;
        }

        string lang = await LanguageAsync(staffId, cancellationToken);
        NewsletterOptions o = options.Value;
        (var card, string text) = NewsletterCards.Preview(NewsletterIssues.Content(issue), issue.Id, issue.Revision, o.EventDays, o.CallDays, o.PostponeDays, lang);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    public async Task<bool> BeginSendingAsync(int issueId, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.NewsletterIssues.Where(i => i.Id == issueId && i.Status == NewsletterStatus.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, NewsletterStatus.Sending), cancellationToken);
        return await db.NewsletterIssues.AnyAsync(i => i.Id == issueId && (i.Status == NewsletterStatus.Sending || i.Status == NewsletterStatus.Sent), cancellationToken);
    }

    public async Task<IReadOnlyList<int>> RecipientsAsync(CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<int> everyone = await db.People.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        return await consent.FilterAsync(ConsentTopic.Newsletter, everyone, cancellationToken);
    }

    public async Task<OutboundMessage?> ComposeIssueAsync(int issueId, int personId, CancellationToken cancellationToken)
    {
        // Consent is checked again at the moment of sending: an unsubscribe works at once, even mid-dispatch.
        if (!await consent.IsGrantedAsync(personId, ConsentTopic.Newsletter, cancellationToken))
        {
            return null;
        }

        NewsletterContent content = await ContentAsync(issueId, cancellationToken);
        string lang = await LanguageAsync(personId, cancellationToken);
        (var card, string text) = NewsletterCards.Issue(content, options.Value.EventDays, options.Value.CallDays, lang);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    public async Task<OutboundMessage> ComposeProgressAsync(int issueId, int staffId, DeliveryProgress progress, CancellationToken cancellationToken)
    {
        NewsletterContent content = await ContentAsync(issueId, cancellationToken);
        string lang = await LanguageAsync(staffId, cancellationToken);
        (var card, string text) = NewsletterCards.Progress(progress, content.BuiltAt, lang);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    public async Task<IReadOnlyList<(int PersonId, string ActivityId)>> ProgressCardsAsync(int issueId, CancellationToken cancellationToken)
    {
        string subject = NewsletterLedger.SubjectId(issueId);
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => d.Kind == NewsletterLedger.ProgressKind && d.SubjectId == subject && d.Status == DeliveryStatus.Sent && d.ActivityId != null)
            .Select(d => new { d.PersonId, d.ActivityId }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.PersonId, r.ActivityId!))];
    }

    public async Task CompleteAsync(int issueId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.NewsletterIssues.Where(i => i.Id == issueId && i.Status == NewsletterStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, NewsletterStatus.Sent).SetProperty(i => i.CompletedAt, now), cancellationToken);
    }

    private async Task<NewsletterContent> ContentAsync(int issueId, CancellationToken ct)
    {
        if (_contents.TryGetValue(issueId, out NewsletterContent? cached))
        {
            return cached;
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        NewsletterIssue issue = await db.NewsletterIssues.AsNoTracking().SingleAsync(i => i.Id == issueId, ct);
        return _contents.GetOrAdd(issueId, NewsletterIssues.Content(issue));
    }

    private async Task<string> LanguageAsync(int personId, CancellationToken ct)
    {
        if (_languages.TryGetValue(personId, out string? cached))
        {
            return cached;
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        string? preferred = await db.People.Where(p => p.Id == personId).Select(p => p.PreferredLanguage).FirstOrDefaultAsync(ct);
        return _languages.GetOrAdd(personId, Languages.FromLocale(preferred) ?? Languages.Default);
    }
}
