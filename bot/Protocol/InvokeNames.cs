namespace ClustER.Bot.Protocol;

/// <summary>Names of invoke activities this bot answers.</summary>
public static class InvokeNames
{
    /// <summary>An Adaptive Card <c>Action.Execute</c> (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
