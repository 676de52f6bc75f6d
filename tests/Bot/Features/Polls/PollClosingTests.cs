using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Polls;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Polls;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClustER.Tests.Bot.Features.Polls.PollFlowTests;

namespace ClustER.Tests.Bot.Features.Polls;

/// <summary>Closing at the deadline and early, overrides, extensions, late votes, reminders and who may do what.</summary>
public sealed class PollClosingTests(PollBot fixture) : IClassFixture<PollBot>
{
    [Fact]
    public async Task CloseJob_AtDeadline_ChoosesMostYes_SendsResultWithIcs_AddsKnowledgeEventAndReminderSubject()
    {
        await fixture.MeetMembersAsync(5, 3);
        MeetingPoll poll = await fixture.CreatePollAsync(5, 3, PollBot.Form(5, "Riunione GdL 5", 5, 10, 12));
        int[] slots = [.. poll.Slots.OrderBy(s => s.StartsAt).Select(s => s.Id)];
        await fixture.Bot.PostActivityAsync(fixture.Invoke(5, 1, "pollVote", Votes(poll.Id, (slots[0], "No"), (slots[1], "Yes"))));
        await fixture.Bot.PostActivityAsync(fixture.Invoke(5, 2, "pollVote", Votes(poll.Id, (slots[0], "Yes"), (slots[1], "Yes"))));

        // Before the deadline the scheduled job does nothing; after it, it closes and sends the result once.
        await fixture.RunJobAsync<ClosePollJob>(job => job.RunAsync(poll.Id, default));
        Assert.Null((await fixture.QueryAsync(db => db.MeetingPolls.SingleAsync(p => p.Id == poll.Id))).ClosedAt);
        await MoveDeadlineAsync(poll.Id, TimeSpan.FromMinutes(-1));
        await fixture.RunJobAsync<ClosePollJob>(job => job.RunAsync(poll.Id, default));
        await fixture.RunJobAsync<ClosePollJob>(job => job.RunAsync(poll.Id, default));

        MeetingPoll closed = await fixture.QueryAsync(db => db.MeetingPolls.SingleAsync(p => p.Id == poll.Id));
        Assert.Equal(slots[1], closed.ChosenSlotId);
        Assert.Equal(1, closed.ResultSequence);
        for (int n = 1; n <= 3; n++)
        {
            Assert.Single(fixture.Cards(PollBot.Conversation(5, n), "DATA DELLA RIUNIONE FISSATA"));
        }

        // The invitation behind the result's button.
        string result = fixture.Cards(PollBot.Conversation(5, 3), "DATA DELLA RIUNIONE FISSATA")[0];
        string url = JsonNode.Parse(result)!["actions"]![0]!["url"]!.GetValue<string>();
        string ics = await fixture.Bot.Client.GetStringAsync(new Uri(url).PathAndQuery);
        Assert.Contains($"UID:{poll.Uid}", ics, StringComparison.Ordinal);
        MeetingPollSlot chosen = poll.Slots.Single(s => s.Id == slots[1]);
        Assert.Contains($"DTSTART:{chosen.StartsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Riunione GdL 5", ics, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await fixture.Bot.Client.GetAsync($"/polls/{poll.Id}/invite.ics?t=forged")).StatusCode);

        // The meeting is a working-group event in the knowledge and a reminder subject for the group.
        KnowledgeEvent ev = await fixture.QueryAsync(db => db.KnowledgeEvents.SingleAsync(e => e.Id == PollService.EventId(poll.Id)));
        Assert.Equal("wg-meeting", ev.Kind);
        Assert.Equal([5], ev.Priorities);
        Assert.Equal(chosen.StartsAt, ev.Start);
        await using AsyncServiceScope scope = fixture.Bot.Services.CreateAsyncScope();
        IReminderSubjectSource source = scope.ServiceProvider.GetServices<IReminderSubjectSource>().Single(s => s.Name == "poll");
        ReminderSubjectInfo subject = Assert.Single(await source.ListAsync(DateTimeOffset.UtcNow, default), s => s.ItemKey == $"poll:{poll.Id}");
        Assert.Equal(ClustER.Bot.Storage.Entities.ReminderAudience.WorkingGroups, subject.Audience);
        Assert.Equal([5], subject.Priorities);

        // A late vote: a clear answer, nothing stored.
        AdaptiveCardInvokeResponse? late = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(5, 3, "pollVote", Votes(poll.Id, (slots[0], "Yes")))));
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, late!.Type);
        Assert.Contains("Il sondaggio è chiuso", late.Value!.GetValue<string>(), StringComparison.Ordinal);
        await fixture.Bot.PostActivityAsync(fixture.Submit(5, 3, "pollVote", Votes(poll.Id, (slots[0], "Yes"))));
        Assert.Contains("Il sondaggio è chiuso", fixture.LastText(PollBot.Conversation(5, 3)), StringComparison.Ordinal);
        Assert.Equal(4, await fixture.QueryAsync(db => db.MeetingPollVotes.CountAsync(v => v.PollId == poll.Id)));
    }

    [Fact]
    public async Task Staff_ExtendCloseEarlyAndOverride_ResultAndInvitationFollow()
    {
        await fixture.MeetMembersAsync(6, 2);
        MeetingPoll poll = await fixture.CreatePollAsync(6, 2, PollBot.Form(6, "GdL 6", 3, 10, 12));
        int[] slots = [.. poll.Slots.OrderBy(s => s.StartsAt).Select(s => s.Id)];
        await fixture.Bot.PostActivityAsync(fixture.Invoke(6, 1, "pollVote", Votes(poll.Id, (slots[0], "Yes"))));

        // Extension: later, before the first slot; an earlier date is refused.
        AdaptiveCardInvokeResponse? refused = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(6, 0, "pollExtend", new JsonObject { ["pollId"] = poll.Id, ["newDeadlineDate"] = PollBot.Day(1), ["newDeadlineTime"] = "12:00" })));
        Assert.Contains("dopo quella attuale", refused!.Value!.GetValue<string>(), StringComparison.Ordinal);
        AdaptiveCardInvokeResponse? extended = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(6, 0, "pollExtend", new JsonObject { ["pollId"] = poll.Id, ["newDeadlineDate"] = PollBot.Day(7), ["newDeadlineTime"] = "12:00" })));
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, extended!.Type);
        MeetingPoll moved = await fixture.QueryAsync(db => db.MeetingPolls.SingleAsync(p => p.Id == poll.Id));
        Assert.True(moved.Deadline > poll.Deadline.AddDays(3));
        Assert.NotEqual(poll.CloseJobId, moved.CloseJobId);

        // Early close: the tally's slot; the result reaches both members through Hangfire.
        await fixture.Bot.PostActivityAsync(fixture.Invoke(6, 0, "pollClose", new JsonObject { ["pollId"] = poll.Id }));
        await fixture.WaitForCardsAsync(6, 2, "DATA DELLA RIUNIONE FISSATA");
        Assert.Equal(slots[0], (await fixture.QueryAsync(db => db.MeetingPolls.SingleAsync(p => p.Id == poll.Id))).ChosenSlotId);

        // Override: staff pick the other slot; everyone gets the change, the invitation's SEQUENCE moves on.
        await fixture.Bot.PostActivityAsync(fixture.Invoke(6, 0, "pollOverride", new JsonObject { ["pollId"] = poll.Id, ["slotId"] = slots[1].ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await fixture.WaitForCardsAsync(6, 2, "DATA DELLA RIUNIONE CAMBIATA");
        MeetingPoll overridden = await fixture.QueryAsync(db => db.MeetingPolls.SingleAsync(p => p.Id == poll.Id));
        Assert.Equal(slots[1], overridden.ChosenSlotId);
        Assert.Equal(2, overridden.ResultSequence);
        string url = JsonNode.Parse(fixture.Cards(PollBot.Conversation(6, 2), "CAMBIATA")[0])!["actions"]![0]!["url"]!.GetValue<string>();
        Assert.Contains("SEQUENCE:1", await fixture.Bot.Client.GetStringAsync(new Uri(url).PathAndQuery), StringComparison.Ordinal);
        Assert.Equal(poll.Slots.Single(s => s.Id == slots[1]).StartsAt,
            (await fixture.QueryAsync(db => db.KnowledgeEvents.SingleAsync(e => e.Id == PollService.EventId(poll.Id)))).Start);
    }

    [Fact]
    public async Task ReminderJob_24HoursBefore_RemindsOnlyNonVoters_Once()
    {
        await fixture.MeetMembersAsync(7, 3);
        MeetingPoll poll = await fixture.CreatePollAsync(7, 3, PollBot.Form(7, "GdL 7", 5, 10, 12));
        await fixture.Bot.PostActivityAsync(fixture.Invoke(7, 1, "pollVote", Votes(poll.Id, (poll.Slots[0].Id, "Yes"))));

        // Too early (a run left from before an extension): nobody is reminded.
        await fixture.RunJobAsync<RemindPollVotersJob>(job => job.RunAsync(poll.Id, default));
        Assert.DoesNotContain(fixture.Bot.Connector.Activities, a => a.Conversation?.Id?.StartsWith("a:wg7-", StringComparison.Ordinal) == true
            && a.Attachments?[0].Content?.ToJsonString(PollBot.Readable).Contains("PROMEMORIA", StringComparison.Ordinal) == true);

        await MoveDeadlineTo(poll.Id, DateTimeOffset.UtcNow.AddHours(23));
        await fixture.RunJobAsync<RemindPollVotersJob>(job => job.RunAsync(poll.Id, default));
        await fixture.RunJobAsync<RemindPollVotersJob>(job => job.RunAsync(poll.Id, default));

        Assert.Empty(fixture.Cards(PollBot.Conversation(7, 1), "PROMEMORIA"));
        Assert.Single(fixture.Cards(PollBot.Conversation(7, 2), "PROMEMORIA"));
        Assert.Single(fixture.Cards(PollBot.Conversation(7, 3), "PROMEMORIA"));
    }

    [Fact]
    public async Task Authorization_MembersRefusedAndLogged_CoordinatorsRunTheirGroup_StaffOnlyTalliesHidden()
    {
        await fixture.MeetMembersAsync(8, 3, coordinators: 1);

        // A plain member: refused politely, logged, no form.
        await fixture.Bot.PostActivityAsync(fixture.Message(8, 2, "nuovo sondaggio riunione GdL 8"));
        Assert.Contains("riservato allo staff e ai coordinatori", fixture.LastText(PollBot.Conversation(8, 2)), StringComparison.Ordinal);
        await fixture.Bot.PostActivityAsync(fixture.Submit(8, 2, "pollCreate", PollBot.Form(8, "Abusivo", 5, 10, 12)));
        Assert.False(await fixture.QueryAsync(db => db.MeetingPolls.AnyAsync(p => p.Title == "Abusivo")));

        // The coordinator gets the form and creates a poll whose votes only staff and coordinators see.
        await fixture.Bot.PostActivityAsync(fixture.Message(8, 1, "new meeting poll for WG 8", "en-US"));
        Assert.Single(fixture.Cards(PollBot.Conversation(8, 1), "New meeting poll"));
        JsonObject form = PollBot.Form(8, "Coordinated", 5, 10, 12);
        form["visibility"] = "staff";
        await fixture.Bot.PostActivityAsync(fixture.Submit(8, 1, "pollCreate", form, "form-8"));
        MeetingPoll poll = await fixture.QueryAsync(db => db.MeetingPolls.Include(p => p.Slots).SingleAsync(p => p.Title == "Coordinated"));
        await fixture.WaitForCardsAsync(8, 3, "SONDAGGIO PER LA RIUNIONE");
        Assert.DoesNotContain("Se necessario 0", fixture.Cards(PollBot.Conversation(8, 2))[0], StringComparison.Ordinal);
        Assert.Contains("Se necessario 0", fixture.Cards(PollBot.Conversation(8, 1))[0], StringComparison.Ordinal);

        // A member may not close it nor see the staff card; staff may.
        AdaptiveCardInvokeResponse? close = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(8, 3, "pollClose", new JsonObject { ["pollId"] = poll.Id })));
        Assert.Contains("riservato", close!.Value!.GetValue<string>(), StringComparison.Ordinal);
        AdaptiveCardInvokeResponse? manage = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(8, 0, "pollManage", new JsonObject { ["pollId"] = poll.Id })));
        Assert.Contains("SONDAGGIO RIUNIONE: RISPOSTE", manage!.Value!.ToJsonString(PollBot.Readable), StringComparison.Ordinal);
        Assert.Null((await fixture.QueryAsync(db => db.MeetingPolls.SingleAsync(p => p.Id == poll.Id))).ClosedAt);
        Assert.Equal(3, fixture.Bot.Logs.WithEventId(4600).Count(e => e.Properties.Any(p => p.Key == "Priority" && Equals(p.Value, 8))));
    }

    private Task<int> MoveDeadlineAsync(int pollId, TimeSpan fromNow) => MoveDeadlineTo(pollId, DateTimeOffset.UtcNow + fromNow);

    private Task<int> MoveDeadlineTo(int pollId, DateTimeOffset deadline) => fixture.QueryAsync(db =>
        db.MeetingPolls.Where(p => p.Id == pollId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Deadline, deadline)));
}
