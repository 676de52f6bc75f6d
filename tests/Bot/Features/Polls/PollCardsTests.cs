using System.Text;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Polls;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Tests.Bot.Features.Polls;

/// <summary>Poll cards stay under 40 KB (UTF-16, as Teams counts) with 10 slots and the longest texts.</summary>
public sealed class PollCardsTests
{
    private const int Limit = 40 * 1024;

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Cards_TenSlotsLongestTexts_StayUnder40KB(string lang)
    {
        MeetingPoll poll = PollTallyTests.Poll(10);
        poll.Title = new string('T', PollForm.MaxText);
        poll.Place = "Bologna, Tecnopolo Manifattura Tabacchi, " + new string('P', PollForm.MaxText - 41);
        poll.OnlineLink = "https://teams.microsoft.com/l/meetup-join/" + new string('x', 400);
        poll.ChosenSlotId = poll.Slots[9].Id;
        poll.ResultSequence = 2;
        List<MeetingPollVote> votes = [.. Enumerable.Range(1, 500).SelectMany(p => poll.Slots.Select(s => new MeetingPollVote
        {
            PollId = 1, SlotId = s.Id, PersonId = p, Answer = (PollAnswer)(p % 3),
        }))];
        var view = new PollView(poll, PollTally.Of(poll, votes), poll.Slots.ToDictionary(s => s.Id, _ => PollAnswer.IfNeedBe), true, 500,
            "America/Argentina/Buenos_Aires", DateTimeOffset.UtcNow);
        string url = "https://bot.clust-er.example/polls/1/invite.ics?t=" + new string('k', 300);

        JsonNode[] cards = [PollCards.Voter(view, lang).Card, PollCards.Manage(view, lang).Card, PollCards.Result(view, url, lang).Card,
            PollCards.Voter(view with { Poll = Open(poll) }, lang).Card, PollCards.Form(5, "Europe/Rome", lang)];

        Assert.All(cards, card =>
        {
            string json = System.Text.Json.JsonSerializer.Serialize(ActivityFactory.Card(card, new string('f', 300)), ProtocolJsonContext.Default.Activity);
            Assert.InRange(Encoding.Unicode.GetByteCount(json), 1, Limit);
        });
    }

    [Fact]
    public void Voter_OpenPoll_HasAChoicePerSlotPreselected_ExecuteWithSubmitFallback_AndRefresh()
    {
        MeetingPoll poll = Open(PollTallyTests.Poll(3));
        var view = new PollView(poll, PollTally.Of(poll, []), new Dictionary<int, PollAnswer> { [poll.Slots[1].Id] = PollAnswer.No }, false, 4,
            "Europe/Rome", DateTimeOffset.UtcNow);

        JsonNode card = PollCards.Voter(view, "en").Card;

        string json = card.ToJsonString();
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(json, "\"type\":\"Input.ChoiceSet\""));
        Assert.Contains($"\"id\":\"slot{poll.Slots[1].Id}\",\"style\":\"compact\",\"value\":\"No\"", json, StringComparison.Ordinal);
        Assert.Equal("pollRefresh", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        JsonNode vote = card["actions"]![0]!;
        Assert.Equal("Action.Execute", vote["type"]!.GetValue<string>());
        Assert.Equal("pollVote", vote["fallback"]!["data"]!["verb"]!.GetValue<string>());
        Assert.DoesNotContain("If need be 0", json, StringComparison.Ordinal); // tallies hidden from members
    }

    private static MeetingPoll Open(MeetingPoll poll)
    {
        poll.ChosenSlotId = null;
        poll.ClosedAt = null;
        poll.Deadline = DateTimeOffset.UtcNow.AddDays(1);
        return poll;
    }
}
