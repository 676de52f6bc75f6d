using System.Globalization;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Localization;
using ClustER.Bot.MemberDirectory;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>"aggiungi notizia" / "add news" (staff): the form, and the saved item waiting for the next issue.</summary>
internal sealed class NewsHandler(StaffOnly<NewsletterFeature> gate, BotDbContext db, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        string lang = member.Language;
        var t = NewsletterTexts.Texts;
        if (context.CardAction is not { } action)
        {
            await context.SendAsync(ActivityFactory.Card(NewsletterCards.NewsForm(lang), t.Get("News.Heading", lang), Languages.Locale(lang)), cancellationToken);
            return;
        }

        string? title = action.GetString("title")?.Trim();
        string? body = action.GetString("body")?.Trim();
        string? url = action.GetString("url")?.Trim();
        int? priority = int.TryParse(action.GetString("priority"), NumberStyles.None, CultureInfo.InvariantCulture, out int p) && StrategicPriorities.Get(p) is not null ? p : null;
        bool urlOk = string.IsNullOrEmpty(url) || (Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme is "https" or "http");
        if (string.IsNullOrEmpty(title) || string.IsNullOrEmpty(body) || title.Length > 300 || body.Length > 4000 || !urlOk || url?.Length > 512)
        {
            await context.SendTextAsync(t.Get("News.Invalid", lang), cancellationToken);
            return;
        }

        db.NewsItems.Add(new NewsItem
        {
            Title = title, Body = body, Url = string.IsNullOrEmpty(url) ? null : url, Priority = priority,
            CreatedByPersonId = member.PersonId, CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await context.SendTextAsync(t.Get("News.Saved", lang, title), cancellationToken);
    }
}
