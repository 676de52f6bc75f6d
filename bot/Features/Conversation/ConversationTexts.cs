using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Conversation;

/// <summary>The conversation feature's strings (<c>Resources/Conversation.resx</c>).</summary>
internal static class ConversationTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Conversation");
}
