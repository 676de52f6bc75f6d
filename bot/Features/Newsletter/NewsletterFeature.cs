using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The monthly newsletter (staff: news, drafts, approval) and members' consent to it and to reminders.</summary>
internal sealed class NewsletterFeature : IBotFeature, IStaffOnlyFeature
{
    public static string StaffRefusal(string language) => NewsletterTexts.Texts.Get("Refused", language);

    public static void LogStaffRefusal(ILogger logger, int personId, string command) => Log.NewsletterCommandRefused(logger, personId, command);

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
