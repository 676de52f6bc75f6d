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
}
