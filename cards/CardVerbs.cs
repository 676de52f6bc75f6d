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

    /// <summary>Submit the convocation form (<c>kind</c>, <c>meetingId</c> when changing one).</summary>
    public const string ConveneMeeting = "conveneMeeting";

    /// <summary>Answer a convocation (<c>meetingId</c>, <c>answer</c>, <c>proxyOrganisationId</c>).</summary>
    public const string MeetingRsvp = "meetingRsvp";

    /// <summary>Withdraw one's answer or proxy (<c>meetingId</c>).</summary>
    public const string MeetingWithdraw = "meetingWithdraw";

    /// <summary>Staff: show the state card again (<c>meetingId</c>).</summary>
    public const string MeetingState = "meetingState";

    /// <summary>Staff: remind the participants who did not answer (<c>meetingId</c>).</summary>
    public const string MeetingRemindPending = "meetingRemindPending";

    /// <summary>Staff: open the form to change the meeting (<c>meetingId</c>).</summary>
    public const string MeetingEdit = "meetingEdit";

    /// <summary>Staff: cancel the meeting (<c>meetingId</c>).</summary>
    public const string MeetingCancel = "meetingCancel";

    /// <summary>Show the next matches of a question.</summary>
    public const string QaMore = "qa.more";

    /// <summary>Show everything about one item.</summary>
    public const string QaDetails = "qa.details";

    /// <summary>Subscribe to reminders of a call or an event.</summary>
    public const string QaRemind = "qa.remind";

    /// <summary>Pass an unanswered question to the staff.</summary>
    public const string QaAskStaff = "qa.askStaff";

    /// <summary>Save the staff's call form.</summary>
    public const string QaSaveCall = "qa.saveCall";

    /// <summary>Save the staff's event form.</summary>
    public const string QaSaveEvent = "qa.saveEvent";

    /// <summary>Send (or update) one's answers to a survey (<c>surveyId</c>, inputs <c>q_{questionId}</c>).</summary>
    public const string SurveyAnswer = "surveyAnswer";

    /// <summary>Staff: confirm sending a survey to the audience shown (<c>surveyId</c>, <c>reminderDays</c>).</summary>
    public const string SurveyConfirm = "surveyConfirm";

    /// <summary>Staff: drop a survey not yet confirmed (<c>surveyId</c>).</summary>
    public const string SurveyDiscard = "surveyDiscard";

    /// <summary>Staff: show a survey's results again (<c>surveyId</c>).</summary>
    public const string SurveyResults = "surveyResults";

    /// <summary>Staff: close a survey now (<c>surveyId</c>).</summary>
    public const string SurveyClose = "surveyClose";

    /// <summary>Staff: save the survey drafted in the builder card (<c>name</c>, <c>titleIt</c>, <c>q1Label</c>...).</summary>
    public const string SurveySaveDraft = "surveySaveDraft";
}
