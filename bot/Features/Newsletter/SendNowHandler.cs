using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Jobs.Newsletter;
using Hangfire;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>"send newsletter now" (staff): a draft is built by a job and previewed to the staff for approval.</summary>
internal sealed class SendNowHandler(StaffOnly<NewsletterFeature> gate, IBackgroundJobClient jobs) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        // The activity id makes the request key: Teams retrying the same message finds the same draft.
        string requestKey = $"manual:{context.Activity.Id ?? Guid.NewGuid().ToString("N")}";
        jobs.Enqueue<PrepareNewsletterJob>(job => job.RunAsync(requestKey, CancellationToken.None));
        await context.SendTextAsync(NewsletterTexts.Texts.Get("SendNow.Ack", context.Member().Language), cancellationToken);
    }
}
