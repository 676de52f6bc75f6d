using System.Net;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Newsletter;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClustER.Tests.Bot.Features.Newsletter.NewsletterBot;

namespace ClustER.Tests.Bot.Features.Newsletter;

/// <summary>The newsletter through the real endpoint: news, draft, preview, approval, dispatch, progress, consent.</summary>
public sealed class NewsletterFlowTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DraftPostponeApproveDispatch_OptIn_OnlySubscribersGetOneCopyAndStaffSeeProgress()
    {
        await using BotApiFactory bot = await StartAsync();
        for (int i = 1; i <= 4; i++)
        {
            await bot.PostActivityAsync(FromMember(bot, i, "ciao"));
        }

        // Non-staff may not start a dispatch; members choose (opt-in: silence is no).
        await bot.PostActivityAsync(FromMember(bot, 1, "invia newsletter ora"));
        Assert.Contains("gestita dallo staff", Texts(bot, Member(1)), StringComparison.Ordinal);
        await bot.PostActivityAsync(FromMember(bot, 1, "iscrivimi alla newsletter"));
        await bot.PostActivityAsync(FromMember(bot, 2, "language english", "en-US"));
        await bot.PostActivityAsync(FromMember(bot, 2, "subscribe newsletter", "en-US"));
        await bot.PostActivityAsync(FromMember(bot, 4, "iscrivimi alla newsletter"));
        await bot.PostActivityAsync(FromMember(bot, 4, "annulla iscrizione"));
        Assert.Contains("non riceverai più la newsletter", Texts(bot, Member(4)), StringComparison.Ordinal);

        // Staff add a news item from the card, then ask for the newsletter: a preview, nothing to members.
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("aggiungi notizia"));
        Assert.Contains(bot.Connector.Activities, a => a.Conversation?.Id == TestActivities.PersonalConversationId
            && a.Attachments?[0].Content?.ToJsonString().Contains("newsletter.saveNews", StringComparison.Ordinal) == true);
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterSaveNews, new JsonObject
        {
            ["title"] = "Nuovo laboratorio di radiofarmaci", ["body"] = "Inaugurato a Bologna.", ["url"] = "https://example.org/lab", ["priority"] = "1",
        }));
        Assert.Contains("Notizia aggiunta", Texts(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("invia newsletter ora"));
        ConnectorRequest first = (await bot.Connector.WaitForRequestsAsync(r => Card(r)?.Contains(PreviewMark, StringComparison.Ordinal) == true, 1, Wait))[0];
        Assert.Contains("Nuovo laboratorio di radiofarmaci", Card(first), StringComparison.Ordinal);
        Assert.Contains("Radiofarmac", Card(first), StringComparison.OrdinalIgnoreCase); // the working group's highlight
        Assert.All(Enumerable.Range(1, 4), i => Assert.Empty(IssuesTo(bot, Member(i))));

        // Postpone: that revision can no longer be approved.
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterPostpone, ButtonData(first, CardVerbs.NewsletterPostpone)));
        Assert.Contains("rimandata", Texts(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterApprove, ButtonData(first, CardVerbs.NewsletterApprove)));
        Assert.Contains("non è più in attesa di approvazione", Texts(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);

        // A member pressing Approve is refused.
        Activity forged = FromMember(bot, 3, string.Empty);
        forged.Text = null;
        forged.Value = ButtonData(first, CardVerbs.NewsletterApprove);
        await bot.PostActivityAsync(forged);
        Assert.Contains("gestita dallo staff", Texts(bot, Member(3)), StringComparison.Ordinal);

        // A new draft, approved: subscribers get exactly one copy each, in their language.
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("send newsletter now", "en-US"));
        ConnectorRequest second = (await bot.Connector.WaitForRequestsAsync(r => Card(r)?.Contains(PreviewMark, StringComparison.Ordinal) == true, 2, Wait))[1];
        await Task.Delay(500);
        Assert.All(Enumerable.Range(1, 4), i => Assert.Empty(IssuesTo(bot, Member(i))));
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterApprove, ButtonData(second, CardVerbs.NewsletterApprove)));
        Assert.Contains("approvata da Anna Bianchi", Texts(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        await bot.Connector.WaitForRequestsAsync(r => r.Kind == ConnectorOperation.UpdateActivity && Card(r)?.Contains("Invio concluso", StringComparison.Ordinal) == true, 1, Wait);

        Assert.Single(IssuesTo(bot, Member(1)));
        Assert.Empty(IssuesTo(bot, Member(3)));
        Assert.Empty(IssuesTo(bot, Member(4)));
        List<ConnectorRequest> english = [.. bot.Connector.Requests.Where(r => r.ConversationId == Member(2) && Card(r)?.Contains("Clust-ER Health newsletter", StringComparison.Ordinal) == true)];
        Assert.Single(english);
        Assert.Contains("Unsubscribe", Card(english[0]), StringComparison.Ordinal);

        // The progress card was sent once and updated in place to the final report.
        ConnectorRequest progress = Assert.Single(CardsTo(bot, TestActivities.PersonalConversationId, "INVIO DELLA NEWSLETTER"));
        ConnectorRequest report = bot.Connector.Requests.Last(r => r.Kind == ConnectorOperation.UpdateActivity && r.ConversationId == TestActivities.PersonalConversationId);
        Assert.Contains("2 / 2 inviati", Card(report), StringComparison.Ordinal);
        Assert.Contains("Invio concluso: 2 inviati, 0 non riusciti, 0 non raggiungibili", Card(report), StringComparison.Ordinal);
        Assert.NotNull(progress);

        // The unsubscribe button on the issue works at once, and is recorded with its source.
        await bot.PostActivityAsync(SubmitFromMember(bot, 1, CardVerbs.NewsletterUnsubscribe));
        Assert.Contains("non riceverai più la newsletter", Texts(bot, Member(1)), StringComparison.Ordinal);
        ConsentRecord last = await QueryAsync(bot, db => db.ConsentRecords.OrderBy(c => c.Id).LastAsync());
        Assert.Equal((ConsentTopic.Newsletter, false, ConsentSource.CardButton), (last.Topic, last.Granted, last.Source));
        Assert.Single(bot.Logs.WithEventId(4801));
        Assert.NotEmpty(bot.Logs.WithEventId(4800));
    }

    [Fact]
    public async Task Dispatch_OptOutWith429And403_HonoursRetryAfterMarksUnreachableAndResumesWithoutDuplicates()
    {
        await using BotApiFactory bot = await StartAsync(("Consent:Newsletter", "OptOut"));
        for (int i = 1; i <= 4; i++)
        {
            await bot.PostActivityAsync(FromMember(bot, i, "ciao"));
        }

        await bot.PostActivityAsync(FromMember(bot, 3, "unsubscribe newsletter", "en-US"));
        bot.Connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1), conversationId: Member(1));
        bot.Connector.BlockConversation(Member(2));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("invia newsletter ora"));
        ConnectorRequest preview = (await bot.Connector.WaitForRequestsAsync(r => Card(r)?.Contains(PreviewMark, StringComparison.Ordinal) == true, 1, Wait))[0];
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterApprove, ButtonData(preview, CardVerbs.NewsletterApprove)));
        await bot.Connector.WaitForRequestsAsync(r => r.Kind == ConnectorOperation.UpdateActivity && Card(r)?.Contains("Invio concluso", StringComparison.Ordinal) == true, 1, Wait);

        // Opt-out: everyone but member 3 (and staff, who are members too). 429 waited out; 403 marked unreachable.
        Assert.Contains(bot.Connector.Requests, r => r.ConversationId == Member(1) && r.Status == HttpStatusCode.TooManyRequests);
        Assert.Single(IssuesTo(bot, Member(1)));
        Assert.Single(IssuesTo(bot, Member(4)));
        Assert.Empty(IssuesTo(bot, Member(3)));
        Assert.Empty(IssuesTo(bot, Member(2)));
        int issueId = await QueryAsync(bot, db => db.NewsletterIssues.Select(i => i.Id).SingleAsync());
        string subject = NewsletterLedger.SubjectId(issueId);
        Dictionary<DeliveryStatus, int> statuses = await QueryAsync(bot, db => db.Deliveries.Where(d => d.Kind == NewsletterLedger.IssueKind && d.SubjectId == subject)
            .GroupBy(d => d.Status).ToDictionaryAsync(g => g.Key, g => g.Count()));
        Assert.Equal(1, statuses[DeliveryStatus.Unreachable]);
        Assert.Equal(3, statuses[DeliveryStatus.Sent]); // members 1 and 4, and the staff member
        Assert.Contains("1 non raggiungibili", Card(bot.Connector.Requests.Last(r => r.Kind == ConnectorOperation.UpdateActivity)), StringComparison.Ordinal);

        // A crash after member 4's send was recorded and before member 1's: the re-run sends member 1's only.
        await WaitForStatusAsync(bot, NewsletterStatus.Sent);
        await QueryAsync(bot, async db =>
        {
            await db.NewsletterIssues.ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, NewsletterStatus.Sending));
            Person one = await db.People.SingleAsync(p => p.TeamsUserId == "29:member-1");
            return await db.Deliveries.Where(d => d.SubjectId == subject && d.Kind == NewsletterLedger.IssueKind && d.PersonId == one.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.Attempts, 0));
        });
        await using (AsyncServiceScope scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendNewsletterJob>().RunAsync(issueId, CancellationToken.None);
        }

        Assert.Equal(2, IssuesTo(bot, Member(1)).Count);
        Assert.Single(IssuesTo(bot, Member(4)));
        Assert.Equal(NewsletterStatus.Sent, await QueryAsync(bot, db => db.NewsletterIssues.Select(i => i.Status).SingleAsync()));
    }

    private static async Task WaitForStatusAsync(BotApiFactory bot, NewsletterStatus status)
    {
        for (int i = 0; i < 300 && await QueryAsync(bot, db => db.NewsletterIssues.Select(x => x.Status).SingleAsync()) != status; i++)
        {
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Edit_NewRevisionPreviewed_OldRevisionCannotBeApproved()
    {
        await using BotApiFactory bot = await StartAsync();
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("invia newsletter ora"));
        ConnectorRequest first = (await bot.Connector.WaitForRequestsAsync(r => Card(r)?.Contains(PreviewMark, StringComparison.Ordinal) == true, 1, Wait))[0];
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterEdit, ButtonData(first, CardVerbs.NewsletterEdit)));
        Assert.Contains(bot.Connector.Activities, a => a.Attachments?[0].Content?.ToJsonString().Contains("newsletter.saveEdit", StringComparison.Ordinal) == true);
        JsonObject edit = ButtonData(first, CardVerbs.NewsletterEdit);
        edit["intro"] = "Buone feste a tutti i soci!";
        edit["issueId"] = edit["issueId"]!.ToString();
        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterSaveEdit, edit));
        ConnectorRequest second = (await bot.Connector.WaitForRequestsAsync(r => Card(r)?.Contains(PreviewMark, StringComparison.Ordinal) == true, 2, Wait))[1];
        Assert.Contains("Buone feste a tutti i soci!", Card(second), StringComparison.Ordinal);
        Assert.Contains("revisione 2", Card(second), StringComparison.Ordinal);

        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.NewsletterApprove, ButtonData(first, CardVerbs.NewsletterApprove)));
        Assert.Contains("non è più in attesa di approvazione", Texts(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
        Assert.Equal(NewsletterStatus.Draft, await QueryAsync(bot, db => db.NewsletterIssues.Select(i => i.Status).SingleAsync()));
    }
}
