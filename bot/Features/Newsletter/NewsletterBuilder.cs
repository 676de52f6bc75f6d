using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using ClustER.Jobs.Newsletter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// Gathers an issue's content: the news items not yet sent, the events of the next weeks and the calls
/// whose deadline is near (from the stored knowledge), and per working group what concerns it.
/// </summary>
internal sealed class NewsletterBuilder(BotDbContext db, KnowledgeCatalog knowledge, IOptions<NewsletterOptions> options, TimeProvider time)
{
    /// <summary>The content as of now, with the staff's <paramref name="intro"/>.</summary>
    public async Task<NewsletterContent> BuildAsync(string? intro, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        NewsletterOptions o = options.Value;
        List<NewsEntry> news = [.. (await db.NewsItems.AsNoTracking().Where(n => n.SentInIssueId == null).OrderBy(n => n.Id).ToListAsync(ct))
            .Select(n => new NewsEntry(n.Id, n.Title, n.Body, n.Url, n.Priority))];
        IReadOnlyList<KnowledgeItem> items = knowledge.Current.Items;
        List<EventEntry> events = [.. items
            .Where(i => i.Kind == KnowledgeKind.Event && i.Start is { } s && s >= now && s <= now.AddDays(o.EventDays))
            .OrderBy(i => i.Start)
            .Select(i => new EventEntry(i.Id, i.Title, i.Start!.Value, i.Location, i.Url ?? i.RegistrationUrl, i.Priorities))];
        List<CallEntry> calls = [.. items
            .Where(i => i.Kind == KnowledgeKind.Call && i.Deadline is { } d && d >= now && d <= now.AddDays(o.CallDays))
            .OrderBy(i => i.Deadline)
            .Select(i => new CallEntry(i.Id, i.Title, i.Programme, i.Deadline!.Value, i.Url, i.Priorities))];
        return new NewsletterContent(now, string.IsNullOrWhiteSpace(intro) ? null : intro.Trim(), news, events, calls, Highlights(news, events, calls));
    }

    private static List<HighlightEntry> Highlights(List<NewsEntry> news, List<EventEntry> events, List<CallEntry> calls)
    {
        var byPriority = new SortedDictionary<int, List<string>>();
        void Add(int priority, string title)
        {
            if (!byPriority.TryGetValue(priority, out List<string>? titles))
            {
                byPriority[priority] = titles = [];
            }

            if (!titles.Contains(title, StringComparer.Ordinal))
            {
                titles.Add(title);
            }
        }

        foreach (NewsEntry n in news.Where(n => n.Priority is not null))
        {
            Add(n.Priority!.Value, n.Title);
        }

        foreach (EventEntry e in events)
        {
            e.Priorities.ToList().ForEach(p => Add(p, e.Title));
        }

        foreach (CallEntry c in calls)
        {
            c.Priorities.ToList().ForEach(p => Add(p, c.Title));
        }

        return [.. byPriority.Select(p => new HighlightEntry(p.Key, p.Value))];
    }
}
