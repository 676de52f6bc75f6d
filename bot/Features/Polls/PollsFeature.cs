using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Polls;

/// <summary>Working-group meeting polls: creating (staff, coordinators), voting (members), closing and results.</summary>
internal sealed class PollsFeature : IBotFeature
{
    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<NewPollHandler>("polls-new-it", PollsPatterns.NewPollItalian())
            .OnMessage<NewPollHandler>("polls-new-en", PollsPatterns.NewPollEnglish())
            .OnCardAction<CreatePollHandler>(CardVerbs.PollCreate)
            .OnCardAction<VoteHandler>(CardVerbs.PollVote)
            .OnCardAction<VoteHandler>(CardVerbs.PollRefresh)
            .OnCardAction<PollManageHandler>(CardVerbs.PollManage)
            .OnCardAction<PollManageHandler>(CardVerbs.PollClose)
            .OnCardAction<PollManageHandler>(CardVerbs.PollExtend)
            .OnCardAction<PollManageHandler>(CardVerbs.PollOverride);
    }
}
