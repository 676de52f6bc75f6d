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
}
