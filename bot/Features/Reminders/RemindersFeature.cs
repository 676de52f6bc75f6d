using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Reminders;

/// <summary>The member's side of reminders: the list, "remind me about", stop, mute, offsets.</summary>
internal sealed class RemindersFeature : IBotFeature
{
    public void MapRoutes(ActivityRouter router)
    {
        router.OnMessage<MyRemindersHandler>("reminders-list", RemindersPatterns.MyReminders())
            .OnMessage<ReminderSettingsHandler>("reminders-offsets", RemindersPatterns.Offsets())
            .OnMessage<ReminderSettingsHandler>("reminders-mute", RemindersPatterns.Mute())
            .OnMessage<RemindMeHandler>("reminders-remind-me", RemindersPatterns.RemindMe())
            .OnCardAction<MyRemindersHandler>(CardVerbs.ShowReminders)
            .OnCardAction<ReminderSettingsHandler>(CardVerbs.CancelReminder)
            .OnCardAction<ReminderSettingsHandler>(CardVerbs.MuteReminderKind)
            .OnCardAction<ReminderSettingsHandler>(CardVerbs.SetReminderOffsets)
            .OnCardAction<RemindMeHandler>(CardVerbs.RemindMe);
    }
}
