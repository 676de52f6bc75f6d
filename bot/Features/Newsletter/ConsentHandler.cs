using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// Subscribing and unsubscribing, from a chat command or the button on every issue. Takes effect at once:
/// the dispatch checks consent again just before each send.
/// </summary>
internal sealed class ConsentHandler(ConsentRegistry consent, ILogger<ConsentHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        (ConsentTopic topic, bool granted, ConsentSource source) = context.CardAction is { } action
            ? (ConsentTopic.Newsletter, action.Verb == CardVerbs.NewsletterSubscribe, ConsentSource.CardButton)
            : FromText(context);
        bool changed = await consent.RecordAsync(member.PersonId, topic, granted, source, recordedBy: null, cancellationToken);
        if (changed)
        {
            Log.ConsentChanged(logger, member.PersonId, topic, granted, source);
        }

        string key = $"Consent.{topic}.{(changed ? string.Empty : "Already")}{(granted ? "On" : "Off")}";
        await context.AcknowledgeCardActionAsync(NewsletterTexts.Texts.Get(key, member.Language), cancellationToken);
    }

    private static (ConsentTopic Topic, bool Granted, ConsentSource Source) FromText(TurnContext context)
    {
        System.Text.RegularExpressions.Match match = context.RouteMatch!;
        ConsentTopic topic = match.Groups["topic"].Value.ToUpperInvariant() is "PROMEMORIA" or "REMINDERS" ? ConsentTopic.Reminders : ConsentTopic.Newsletter;
        return (topic, match.Groups["on"].Success, ConsentSource.ChatCommand);
    }
}
