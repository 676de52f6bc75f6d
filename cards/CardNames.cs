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
}
