using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Privacy;

/// <summary>Members' data rights: "my data" (export) and "forget me" (erasure), also run by staff for a member.</summary>
internal sealed class PrivacyFeature : IBotFeature, IStaffOnlyFeature
{
    public static string StaffRefusal(string language) => PrivacyTexts.Texts.Get("Staff.Refused", language);

    public static void LogStaffRefusal(ILogger logger, int personId, string command) => Log.PrivacyCommandRefused(logger, personId, command);

    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<MyDataHandler>("privacy-my-data", PrivacyPatterns.MyData())
            .OnMessage<MyDataHandler>("privacy-staff-export", PrivacyPatterns.StaffExport())
            .OnMessage<ForgetMeHandler>("privacy-forget-me", PrivacyPatterns.ForgetMe())
            .OnMessage<ForgetMeHandler>("privacy-staff-erase", PrivacyPatterns.StaffErase())
            .OnCardAction<ForgetMeHandler>(CardVerbs.PrivacyForgetConfirm)
            .OnCardAction<ForgetMeHandler>(CardVerbs.PrivacyForgetCancel);
    }
}
