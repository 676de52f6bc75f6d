using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>General assemblies and board meetings: convening (staff), answering (participants), following the answers (staff).</summary>
internal sealed class AssembliesFeature : IBotFeature
{
    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<ConveneHandler>("assemblies-convene", AssembliesPatterns.Convene())
            .OnCardAction<ConveneHandler>(CardVerbs.MeetingEdit)
            .OnCardAction<ConvocationSubmitHandler>(CardVerbs.ConveneMeeting)
            .OnCardAction<RsvpHandler>(CardVerbs.MeetingRsvp)
            .OnCardAction<RsvpHandler>(CardVerbs.MeetingWithdraw)
            .OnCardAction<MeetingStaffHandler>(CardVerbs.MeetingState)
            .OnCardAction<MeetingStaffHandler>(CardVerbs.MeetingRemindPending)
            .OnCardAction<MeetingStaffHandler>(CardVerbs.MeetingCancel);
    }
}
