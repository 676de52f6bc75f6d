using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Localization;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Cards;
using ClustER.Jobs.Newsletter;
using Hangfire;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The staff's buttons on a preview: Approve (the only way anything reaches members), Edit, Postpone.</summary>
internal sealed class DraftActionHandler(
    StaffOnly<NewsletterFeature> gate,
    NewsletterIssues issues,
    IBackgroundJobClient jobs,
    ILogger<DraftActionHandler> logger) : ITurnHandler
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
        CardAction action = context.CardAction!;
        int issueId = action.GetInt32("issueId") ?? 0;
        int revision = action.GetInt32("revision") ?? 0;
        switch (action.Verb)
        {
            case CardVerbs.NewsletterApprove:
                if (!await issues.ApproveAsync(issueId, revision, member.PersonId, cancellationToken))
                {
                    await context.AcknowledgeCardActionAsync(t.Get("NotDraft", lang), cancellationToken);
                    return;
                }

                Log.NewsletterApproved(logger, issueId, revision, member.PersonId);
                jobs.Enqueue<SendNewsletterJob>(job => job.RunAsync(issueId, CancellationToken.None));
                await context.AcknowledgeCardActionAsync(t.Get("Approved", lang, member.Name), cancellationToken);
                return;
            case CardVerbs.NewsletterPostpone:
                DateTimeOffset? until = await issues.PostponeAsync(issueId, revision, cancellationToken);
                await context.AcknowledgeCardActionAsync(until is { } u ? t.Get("Postponed", lang, ReminderTime.When(u, member.TimeZoneId, lang)) : t.Get("NotDraft", lang), cancellationToken);
                return;
            case CardVerbs.NewsletterEdit:
                if (await issues.FindAsync(issueId, cancellationToken) is not { Status: Storage.Entities.NewsletterStatus.Draft } draft)
                {
                    await context.AcknowledgeCardActionAsync(t.Get("NotDraft", lang), cancellationToken);
                    return;
                }

                await context.SendAsync(ActivityFactory.Card(NewsletterCards.EditForm(issueId, draft.Intro, lang), t.Get("Edit.Heading", lang), Languages.Locale(lang)), cancellationToken);
                return;
            default:
                await SaveEditAsync(context, issueId, action.GetString("intro"), lang, cancellationToken);
                return;
        }
    }

    private async Task SaveEditAsync(TurnContext context, int issueId, string? intro, string lang, CancellationToken ct)
    {
        DraftRef? draft = await issues.EditAsync(issueId, intro, ct);
        if (draft is null)
        {
            await context.AcknowledgeCardActionAsync(NewsletterTexts.Texts.Get("NotDraft", lang), ct);
            return;
        }

        // A new revision is a new preview for every staff member; the old preview's buttons no longer act.
        int id = draft.IssueId, revision = draft.Revision;
        jobs.Enqueue<PrepareNewsletterJob>(job => job.PreviewAsync(id, revision, CancellationToken.None));
        await context.SendTextAsync(NewsletterTexts.Texts.Get("Edited", lang, revision), ct);
    }
}
