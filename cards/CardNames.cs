namespace ClustER.Cards;

/// <summary>The names of the embedded templates (<c>Templates/{name}.json</c>).</summary>
public static class CardNames
{
    /// <summary>What the bot can do.</summary>
    public const string Help = "help";

    /// <summary>One line of the help card.</summary>
    public const string HelpEntry = "help-entry";

    /// <summary>The first message after install.</summary>
    public const string Welcome = "welcome";

    /// <summary>A reminder before a deadline or meeting.</summary>
    public const string Reminder = "reminder";

    /// <summary>A member's reminders and settings ("my reminders").</summary>
    public const string ReminderList = "reminder-list";

    /// <summary>One followed item in the reminder list.</summary>
    public const string ReminderListItem = "reminder-list-item";

    /// <summary>The offsets and mute switch of one kind of reminder.</summary>
    public const string ReminderKindSetting = "reminder-kind-setting";

    /// <summary>The items a "remind me about ..." could mean.</summary>
    public const string ReminderChoices = "reminder-choices";

    /// <summary>One item among the choices.</summary>
    public const string ReminderChoice = "reminder-choice";

    /// <summary>The staff form that convenes (or changes) a general assembly or board meeting.</summary>
    public const string MeetingForm = "meeting-form";

    /// <summary>The convocation a participant receives, with the agenda and the RSVP.</summary>
    public const string MeetingConvocation = "meeting-convocation";

    /// <summary>The staff's card of the answers to a convocation.</summary>
    public const string MeetingState = "meeting-state";

    /// <summary>One agenda line.</summary>
    public const string MeetingAgendaItem = "meeting-agenda-item";

    /// <summary>The answer to a member's question: the best matches.</summary>
    public const string QaAnswer = "qa-answer";

    /// <summary>One call, event or FAQ answer in an answer card.</summary>
    public const string QaItem = "qa-item";

    /// <summary>Everything about one call or event ("Details").</summary>
    public const string QaDetails = "qa-details";

    /// <summary>Nothing relevant was found: suggestions and "ask the staff".</summary>
    public const string QaNothing = "qa-nothing";

    /// <summary>One suggested question.</summary>
    public const string QaSuggestion = "qa-suggestion";

    /// <summary>The staff's form to add or edit a call.</summary>
    public const string QaCallForm = "qa-call-form";

    /// <summary>The staff's form to add or edit an event.</summary>
    public const string QaEventForm = "qa-event-form";

    /// <summary>"Forget me": what is erased and kept, Confirm / Cancel.</summary>
    public const string PrivacyForgetConfirm = "privacy-forget-confirm";

    /// <summary>A data-rights outcome replacing the confirmation card (erased, cancelled).</summary>
    public const string PrivacyNotice = "privacy-notice";

    /// <summary>A newsletter issue (and, with the staff's buttons, its preview).</summary>
    public const string Newsletter = "newsletter";

    /// <summary>One section of a newsletter (news, events, calls, working groups).</summary>
    public const string NewsletterSection = "newsletter-section";

    /// <summary>One line of a newsletter section.</summary>
    public const string NewsletterLine = "newsletter-line";

    /// <summary>The staff's card of a dispatch, updated in place, then the final report.</summary>
    public const string NewsletterProgress = "newsletter-progress";

    /// <summary>The staff's form to add a news item.</summary>
    public const string NewsletterNewsForm = "newsletter-news-form";

    /// <summary>The staff's form to edit a draft's introduction.</summary>
    public const string NewsletterEditForm = "newsletter-edit-form";

    /// <summary>Staff or a coordinator: the form of a new working-group meeting poll.</summary>
    public const string PollForm = "poll-form";

    /// <summary>One candidate-slot row of the poll form.</summary>
    public const string PollFormSlot = "poll-form-slot";

    /// <summary>A working-group member's meeting poll: the slots, their vote, the tallies when visible.</summary>
    public const string Poll = "poll";

    /// <summary>One slot of a poll card (voter's and staff's).</summary>
    public const string PollSlot = "poll-slot";

    /// <summary>Staff or a coordinator: the poll's tallies with close, extend and override.</summary>
    public const string PollManage = "poll-manage";

    /// <summary>The result of a poll: the meeting's slot and its calendar invitation.</summary>
    public const string PollResult = "poll-result";

    /// <summary>A survey's form as a recipient answers it (questions, errors, their answer).</summary>
    public const string SurveyForm = "survey-form";

    /// <summary>One question of the survey form: label, input, error.</summary>
    public const string SurveyQuestion = "survey-question";

    /// <summary>A choice input of the survey form (choices, ratings, yes/no, countries).</summary>
    public const string SurveyInputChoice = "survey-input-choice";

    /// <summary>A free-text input of the survey form.</summary>
    public const string SurveyInputText = "survey-input-text";

    /// <summary>The staff's confirmation of a survey's audience before it is sent.</summary>
    public const string SurveyConfirm = "survey-confirm";

    /// <summary>The staff's results of a survey.</summary>
    public const string SurveyResults = "survey-results";

    /// <summary>The results of one question.</summary>
    public const string SurveyResultQuestion = "survey-result-question";

    /// <summary>The staff's builder of a short survey from chat.</summary>
    public const string SurveyBuilder = "survey-builder";

    /// <summary>One question slot of the survey builder.</summary>
    public const string SurveyBuilderQuestion = "survey-builder-question";
}
