using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Localization;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions;

/// <summary>The language of a Q&amp;A reply: the card's own language for its buttons, else the turn's.</summary>
internal static class TurnLanguage
{
    /// <summary>The reply language; also sets the reply locale to it.</summary>
    public static string Of(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string lang = Languages.FromLocale(context.CardAction?.GetString("lang"))
            ?? context.TryGetMember()?.Language
            ?? Languages.FromLocale(context.ReplyLocale)
            ?? Languages.Default;
        context.ReplyLocale = Languages.Locale(lang);
        return lang;
    }
}
