namespace ClustER.Bot.Protocol;

/// <summary>
/// Activity types as string constants: the protocol is open-ended, so an unknown type is data, not an error.
/// </summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or the bot.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left, or the conversation changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A request that expects an answer in the HTTP response body.</summary>
    public const string Invoke = "invoke";

    /// <summary>A one-way notification.</summary>
    public const string Event = "event";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>A reaction was added or removed.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>A message was edited.</summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary>A message was deleted.</summary>
    public const string MessageDelete = "messageDelete";
}
