using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>Lets staff through to the newsletter's commands; anyone else gets a polite refusal and a log line.</summary>
internal sealed class NewsletterGate(ILogger<NewsletterGate> logger)
{
    /// <summary>True for staff; otherwise answers the refusal and returns false.</summary>
    public async Task<bool> AllowAsync(TurnContext context, CancellationToken ct)
    {
        MemberContext member = context.Member();
        if (member.IsStaff)
        {
            return true;
        }

        Log.NewsletterCommandRefused(logger, member.PersonId, context.CardAction?.Verb ?? context.Text);
        await context.AcknowledgeCardActionAsync(NewsletterTexts.Texts.Get("Refused", member.Language), ct);
        return false;
    }
}
