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
}
