namespace ClustER.Cards;

/// <summary>
/// The verbs card actions carry (<c>data.verb</c> for Action.Submit, <c>verb</c> for Action.Execute).
/// Shared by the templates and the bot's routes; every verb a template emits must have a route.
/// </summary>
public static class CardVerbs
{
    /// <summary>Switch the reply language.</summary>
    public const string SetLanguage = "setLanguage";

    /// <summary>Show the help card again.</summary>
    public const string ShowHelp = "showHelp";

    /// <summary>Show the member's reminders.</summary>
    public const string ShowReminders = "showReminders";

    /// <summary>Stop the reminders of one item (<c>itemKey</c>).</summary>
    public const string CancelReminder = "cancelReminder";

    /// <summary>Mute or unmute one kind of reminder (<c>kind</c>, <c>muted</c>).</summary>
    public const string MuteReminderKind = "muteReminderKind";

    /// <summary>Save the offsets and mutes of the reminder list's form.</summary>
    public const string SetReminderOffsets = "setReminderOffsets";

    /// <summary>Follow an item's reminders (<c>subjectKey</c>), from the "remind me about" choices.</summary>
    public const string RemindMe = "remindMe";
}
