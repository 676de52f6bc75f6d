using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>General assemblies and board meetings: convening (staff), answering (participants), following the answers (staff).</summary>
internal sealed class AssembliesFeature : IBotFeature, IStaffOnlyFeature
{
    public static string StaffRefusal(string language) => AssembliesTexts.Texts.Get("Refused", language);

    public static void LogStaffRefusal(ILogger logger, int personId, string command) => Log.MeetingCommandRefused(logger, personId, command);

    public static string MessageCommand(TurnContext context) => "convene";

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
