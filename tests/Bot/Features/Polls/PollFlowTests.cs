using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Polls;
using ClustER.Tests.Infrastructure;
using ClustER.Bot.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Polls;

/// <summary>Meeting polls through the real endpoint: creation, fan-out, voting by invoke and by submit, concurrency.</summary>
public sealed class PollFlowTests(PollBot fixture) : IClassFixture<PollBot>
{
    [Fact]
    public async Task Create_FansOutToEveryMember_VotesByInviteShowLiveTalliesInEachZone()
    {
        List<int> members = await fixture.MeetMembersAsync(1, 3, timeZoneOfFirst: "America/New_York");
        MeetingPoll poll = await fixture.CreatePollAsync(1, 3, PollBot.Form(1, "Riunione GdL 1", 5, 10, 12));

        // The form became the management card; every member got the poll card once, with the times in their zone.
        Assert.Contains(fixture.Bot.Connector.Requests, r => r.Kind == ConnectorOperation.UpdateActivity && r.ActivityId == "card-activity-1"
            && r.Activity!.Attachments![0].Content!.ToJsonString(PollBot.Readable).Contains("SONDAGGIO RIUNIONE: RISPOSTE", StringComparison.Ordinal));
        Assert.Contains("inviato ai 3 membri", fixture.LastText(TestActivities.PersonalConversationId), StringComparison.Ordinal);
        Assert.Single(fixture.Cards(PollBot.Conversation(1, 2)));
        Assert.Contains("04:00 (America/New_York)", fixture.Cards(PollBot.Conversation(1, 1))[0], StringComparison.Ordinal);
        string card = fixture.Cards(PollBot.Conversation(1, 2))[0];
        Assert.Contains("\"verb\":\"pollRefresh\"", card, StringComparison.Ordinal);
        Assert.Contains("\"fallback\":{\"type\":\"Action.Submit\"", card, StringComparison.Ordinal);
        Assert.Equal(2, poll.Slots.Count);

        // Member 2 votes by Action.Execute: the invoke answer is the card with the live tallies.
        int first = poll.Slots.OrderBy(s => s.StartsAt).First().Id, second = poll.Slots.OrderBy(s => s.StartsAt).Last().Id;
        AdaptiveCardInvokeResponse? answer = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(1, 2, "pollVote", Votes(poll.Id, (first, "Yes"), (second, "No")))));
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, answer!.Type);
        Assert.Contains("Sì 1 · Se necessario 0 · No 0", answer.Value!.ToJsonString(PollBot.Readable), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Yes\"", answer.Value!.ToJsonString(), StringComparison.Ordinal);

        // Member 3 votes; member 2's card, refreshed, shows both votes.
        await fixture.Bot.PostActivityAsync(fixture.Invoke(1, 3, "pollVote", Votes(poll.Id, (first, "IfNeedBe"), (second, "Yes"))));
        AdaptiveCardInvokeResponse? refreshed = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(1, 2, "pollRefresh", new JsonObject { ["pollId"] = poll.Id })));
        string live = refreshed!.Value!.ToJsonString(PollBot.Readable);
        Assert.Contains("Sì 1 · Se necessario 1 · No 0", live, StringComparison.Ordinal);
        Assert.Contains("Sì 1 · Se necessario 0 · No 1", live, StringComparison.Ordinal);
        Assert.Contains("2 su 3", live, StringComparison.Ordinal);
        Assert.Equal(members.Count, await fixture.QueryAsync(db => db.Deliveries.CountAsync(d => d.Kind == SendPollJob.LedgerKind && d.SubjectId == SendPollJob.SubjectId(poll.Id))));
    }

    [Fact]
    public async Task Create_WithInvalidForm_ShowsTheErrorsInTheFormAndSendsNothing()
    {
        await fixture.MeetMembersAsync(2, 1);
        JsonObject form = PollBot.Form(2, "Riunione sbagliata", 20, 10);
        form["onlineLink"] = "non è un link";
        form["slotDate2"] = PollBot.Day(11);

        await fixture.Bot.PostActivityAsync(fixture.Bot.Activities.CardSubmit("pollCreate", form, replyToId: "form-2"));

        ConnectorRequest update = Assert.Single(fixture.Bot.Connector.Requests, r => r.Kind == ConnectorOperation.UpdateActivity && r.ActivityId == "form-2");
        string shown = update.Activity!.Attachments![0].Content!.ToJsonString(PollBot.Readable);
        Assert.Contains("Non ho inviato il sondaggio", shown, StringComparison.Ordinal);
        Assert.Contains("la data 2 è incompleta", shown, StringComparison.Ordinal);
        Assert.Contains("il link online non è un indirizzo web valido", shown, StringComparison.Ordinal);
        Assert.Contains("la scadenza del voto deve precedere la prima data", shown, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Riunione sbagliata\"", shown, StringComparison.Ordinal);
        Assert.False(await fixture.QueryAsync(db => db.MeetingPolls.AnyAsync(p => p.Priority == 2)));
    }

    [Fact]
    public async Task Vote_BySubmit_UpdatesTheCardMessage_AndAChangedVoteReplacesTheOldOne()
    {
        await fixture.MeetMembersAsync(3, 1);
        MeetingPoll poll = await fixture.CreatePollAsync(3, 1, PollBot.Form(3, "GdL 3", 5, 10, 12, 14));
        int slot = poll.Slots.First().Id;

        await fixture.Bot.PostActivityAsync(fixture.Submit(3, 1, "pollVote", Votes(poll.Id, (slot, "No"))));
        await fixture.Bot.PostActivityAsync(fixture.Submit(3, 1, "pollVote", Votes(poll.Id, (slot, "Yes"))));

        MeetingPollVote vote = Assert.Single(await fixture.QueryAsync(db => db.MeetingPollVotes.Where(v => v.PollId == poll.Id).ToListAsync()));
        Assert.Equal(PollAnswer.Yes, vote.Answer);
        Assert.Equal(2, fixture.Bot.Connector.Requests.Count(r => r.Kind == ConnectorOperation.UpdateActivity && r.ActivityId == "poll-card-1"
            && r.ConversationId == PollBot.Conversation(3, 1)));
        Assert.Contains("Voti salvati", fixture.LastText(PollBot.Conversation(3, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_ManyParallelDoubleClicks_OneRowPerSlotAndPerson_ExactTallies()
    {
        const int Members = 8;
        await fixture.MeetMembersAsync(4, Members);
        MeetingPoll poll = await fixture.CreatePollAsync(4, Members, PollBot.Form(4, "GdL 4", 5, 10, 12));
        int[] slots = [.. poll.Slots.OrderBy(s => s.StartsAt).Select(s => s.Id)];

        // Every member clicks four times at once; even members say Yes to the first slot, odd ones No.
        IEnumerable<Task<HttpResponseMessage>> clicks = Enumerable.Range(1, Members).SelectMany(n => Enumerable.Range(0, 4).Select(_ =>
            fixture.Bot.PostActivityAsync(fixture.Invoke(4, n, "pollVote", Votes(poll.Id, (slots[0], n % 2 == 0 ? "Yes" : "No"), (slots[1], "IfNeedBe"))))));
        HttpResponseMessage[] responses = await Task.WhenAll(clicks);

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        List<MeetingPollVote> votes = await fixture.QueryAsync(db => db.MeetingPollVotes.Where(v => v.PollId == poll.Id).ToListAsync());
        Assert.Equal(Members * 2, votes.Count);
        Assert.Equal(Members / 2, votes.Count(v => v.SlotId == slots[0] && v.Answer == PollAnswer.Yes));
        Assert.Equal(Members, votes.Count(v => v.SlotId == slots[1] && v.Answer == PollAnswer.IfNeedBe));
        await AssertCountersEqualVotesAsync(poll.Id, Members);
    }

    [Fact]
    public async Task Counters_FollowChangedAndPartialVotesAndAnErasure()
    {
        List<int> people = await fixture.MeetMembersAsync(10, 4);
        MeetingPoll poll = await fixture.CreatePollAsync(10, 4, PollBot.Form(10, "GdL 10", 5, 10, 12));
        int[] slots = [.. poll.Slots.OrderBy(s => s.StartsAt).Select(s => s.Id)];
        Task<HttpResponseMessage> Vote(int n, params (int SlotId, string Answer)[] answers) =>
            fixture.Bot.PostActivityAsync(fixture.Invoke(10, n, "pollVote", Votes(poll.Id, answers)));

        await Vote(1, (slots[0], "Yes"), (slots[1], "Yes"));
        await Vote(2, (slots[0], "No"), (slots[1], "IfNeedBe"));
        await Vote(3, (slots[0], "Yes"));
        await Vote(1, (slots[0], "No"));
        await Vote(3, (slots[0], "Yes"), (slots[1], "No"));
        await AssertCountersEqualVotesAsync(poll.Id, 3);

        // Member 2 is forgotten: their votes go, and the counters with them.
        await using (AsyncServiceScope scope = fixture.Bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonalDataErasure>().EraseAsync(people[1], null, default);
        }

        MeetingPoll stored = await AssertCountersEqualVotesAsync(poll.Id, 2);
        MeetingPollSlot first = stored.Slots.Single(s => s.Id == slots[0]), second = stored.Slots.Single(s => s.Id == slots[1]);
        Assert.Equal((1, 0, 1), (first.YesCount, first.IfNeedBeCount, first.NoCount));
        Assert.Equal((1, 0, 1), (second.YesCount, second.IfNeedBeCount, second.NoCount));
        AdaptiveCardInvokeResponse? card = await BotApiFactory.ReadInvokeResponseAsync(await fixture.Bot.PostActivityAsync(
            fixture.Invoke(10, 4, "pollRefresh", new JsonObject { ["pollId"] = poll.Id })));
        int invited = await fixture.QueryAsync(db => db.WorkingGroupMemberships.CountAsync(m => m.Priority == 10));
        Assert.Contains($"2 su {invited}", card!.Value!.ToJsonString(PollBot.Readable), StringComparison.Ordinal);
    }

    /// <summary>The poll's counters are the counts of its stored votes, and <paramref name="voters"/> people voted.</summary>
    private async Task<MeetingPoll> AssertCountersEqualVotesAsync(int pollId, int voters)
    {
        MeetingPoll poll = await fixture.QueryAsync(db => db.MeetingPolls.Include(p => p.Slots).SingleAsync(p => p.Id == pollId));
        List<MeetingPollVote> votes = await fixture.QueryAsync(db => db.MeetingPollVotes.Where(v => v.PollId == pollId).ToListAsync());
        int Count(MeetingPollSlot slot, PollAnswer answer) => votes.Count(v => v.SlotId == slot.Id && v.Answer == answer);
        Assert.All(poll.Slots, s => Assert.Equal((Count(s, PollAnswer.Yes), Count(s, PollAnswer.IfNeedBe), Count(s, PollAnswer.No)), (s.YesCount, s.IfNeedBeCount, s.NoCount)));
        Assert.Equal(voters, votes.Select(v => v.PersonId).Distinct().Count());
        Assert.Equal(voters, poll.VoterCount);
        return poll;
    }

    [Fact]
    public async Task Create_SameFormSubmittedAgainAndTwiceAtOnce_CreatesOnePollAndSendsItOnce()
    {
        const int Members = 2;
        await fixture.MeetMembersAsync(9, Members);
        await fixture.Bot.PostActivityAsync(fixture.Bot.Activities.PersonalMessage("nuovo sondaggio riunione GdL 9"));
        JsonNode formCard = fixture.Bot.Connector.Activities
            .Select(a => a.Attachments?.FirstOrDefault()?.Content)
            .Last(c => c?.ToJsonString().Contains("\"pollCreate\"", StringComparison.Ordinal) == true)!;
        string formId = formCard["actions"]![0]!["data"]!["formId"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(formId));

        JsonObject form = PollBot.Form(9, "GdL 9, un solo sondaggio", 5, 10, 12);
        form["formId"] = formId;
        HttpResponseMessage[] atOnce = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            fixture.Bot.PostActivityAsync(fixture.Bot.Activities.CardSubmit("pollCreate", (JsonObject)form.DeepClone(), replyToId: "form-9"))));
        HttpResponseMessage later = await fixture.Bot.PostActivityAsync(fixture.Bot.Activities.CardSubmit("pollCreate", (JsonObject)form.DeepClone(), replyToId: "form-9"));

        // Every submit, the repeated ones too, turns the form into the one poll's management card: no apology.
        List<ConnectorRequest> updates = [.. fixture.Bot.Connector.Requests.Where(r => r.Kind == ConnectorOperation.UpdateActivity && r.ActivityId == "form-9")];
        Assert.Equal(4, updates.Count);
        Assert.All(updates, u => Assert.Contains("GdL 9, un solo sondaggio", u.Activity!.Attachments![0].Content!.ToJsonString(PollBot.Readable), StringComparison.Ordinal));

        Assert.All([.. atOnce, later], r => Assert.True(r.IsSuccessStatusCode));
        MeetingPoll poll = Assert.Single(await fixture.QueryAsync(db => db.MeetingPolls.Where(p => p.Priority == 9).ToListAsync()));
        await fixture.WaitForCardsAsync(9, Members, "SONDAGGIO PER LA RIUNIONE");
        Assert.Equal(Members, await fixture.QueryAsync(db => db.Deliveries.CountAsync(d => d.Kind == SendPollJob.LedgerKind && d.SubjectId == SendPollJob.SubjectId(poll.Id))));
    }

    internal static JsonObject Votes(int pollId, params (int SlotId, string Answer)[] votes)
    {
        var data = new JsonObject { ["pollId"] = pollId };
        foreach ((int slotId, string answer) in votes)
        {
            data[$"slot{slotId}"] = answer;
        }

        return data;
    }
}
