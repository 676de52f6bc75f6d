using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The monthly newsletter (staff: news, drafts, approval) and members' consent to it and to reminders.</summary>
internal sealed class NewsletterFeature : IBotFeature
{
    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<SendNowHandler>("newsletter-send-now", NewsletterPatterns.SendNow())
            .OnMessage<NewsHandler>("newsletter-add-news", NewsletterPatterns.AddNews())
            .OnMessage<ConsentHandler>("newsletter-consent", NewsletterPatterns.Consent())
            .OnCardAction<NewsHandler>(CardVerbs.NewsletterSaveNews)
            .OnCardAction<DraftActionHandler>(CardVerbs.NewsletterApprove)
            .OnCardAction<DraftActionHandler>(CardVerbs.NewsletterEdit)
            .OnCardAction<DraftActionHandler>(CardVerbs.NewsletterPostpone)
            .OnCardAction<DraftActionHandler>(CardVerbs.NewsletterSaveEdit)
            .OnCardAction<ConsentHandler>(CardVerbs.NewsletterUnsubscribe)
            .OnCardAction<ConsentHandler>(CardVerbs.NewsletterSubscribe);
    }
}
