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

    /// <summary>Confirm "forget me": erase the person's data.</summary>
    public const string PrivacyForgetConfirm = "privacy.forgetConfirm";

    /// <summary>Keep the data after all.</summary>
    public const string PrivacyForgetCancel = "privacy.forgetCancel";

    /// <summary>Staff: approve a draft newsletter and send it (<c>issueId</c>, <c>revision</c>).</summary>
    public const string NewsletterApprove = "newsletter.approve";

    /// <summary>Staff: open the form to edit a draft (<c>issueId</c>).</summary>
    public const string NewsletterEdit = "newsletter.edit";

    /// <summary>Staff: postpone a draft (<c>issueId</c>).</summary>
    public const string NewsletterPostpone = "newsletter.postpone";

    /// <summary>Staff: save the edit form of a draft (<c>issueId</c>, <c>intro</c>).</summary>
    public const string NewsletterSaveEdit = "newsletter.saveEdit";

    /// <summary>Staff: save the news form (<c>title</c>, <c>body</c>, <c>url</c>, <c>priority</c>).</summary>
    public const string NewsletterSaveNews = "newsletter.saveNews";

    /// <summary>Stop receiving the newsletter (the button on every issue).</summary>
    public const string NewsletterUnsubscribe = "newsletter.unsubscribe";

    /// <summary>Receive the newsletter again.</summary>
    public const string NewsletterSubscribe = "newsletter.subscribe";

    /// <summary>Staff or a coordinator: create the meeting poll from the form (<c>priority</c> and the inputs).</summary>
    public const string PollCreate = "pollCreate";

    /// <summary>A member saves their votes (<c>pollId</c>, <c>slot{slotId}</c> = Yes / IfNeedBe / No).</summary>
    public const string PollVote = "pollVote";

    /// <summary>The card's refresh: the member's poll card with the live tallies (<c>pollId</c>).</summary>
    public const string PollRefresh = "pollRefresh";

    /// <summary>Staff or a coordinator: the poll's management card, refreshed (<c>pollId</c>).</summary>
    public const string PollManage = "pollManage";

    /// <summary>Staff or a coordinator: close the poll now with the automatic choice (<c>pollId</c>).</summary>
    public const string PollClose = "pollClose";

    /// <summary>Staff or a coordinator: move the deadline later (<c>pollId</c>, <c>newDeadlineDate</c>, <c>newDeadlineTime</c>).</summary>
    public const string PollExtend = "pollExtend";

    /// <summary>Staff or a coordinator: choose the meeting's slot, closing the poll if open (<c>pollId</c>, <c>slotId</c>).</summary>
    public const string PollOverride = "pollOverride";

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
