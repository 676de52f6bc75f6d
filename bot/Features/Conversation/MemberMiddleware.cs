using ClustER.Bot.Localization;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Runs first in every turn: ignores group messages that do not mention the bot, resolves the member,
/// remembers the conversation for proactive messages, and picks the reply language.
/// </summary>
internal sealed class MemberMiddleware(MemberResolver members, ConversationCapture conversations) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        Activity activity = context.Activity;
        if (activity.Type == ActivityTypes.Message && context.CardAction is null && context.IsGroupConversation
            && !TurnPreparation.MentionsBot(activity))
        {
            // In channels and group chats the bot speaks only when spoken to.
            return;
        }

        PersonSnapshot? person = IsFromPerson(context) ? await members.ResolveAsync(activity, cancellationToken) : null;
        if (IsRemoval(activity))
        {
            await conversations.MarkUninstalledAsync(activity, cancellationToken);
        }
        else
        {
            await conversations.CaptureAsync(activity, person?.Id, cancellationToken);
        }

        string language = ChooseLanguage(context, person);
        context.ReplyLocale = Languages.Locale(language);
        if (person is not null)
        {
            context.SetMember(new MemberContext(person.Id, person.Name, language, person.PreferredLanguage,
                person.TimeZone ?? MemberContext.DefaultTimeZone, person.Roles, person.IsStaff));
        }

        await next();
    }

    /// <summary>
    /// A person's message or card action, or the event of a person adding the bot to their 1:1 chat: the
    /// chat is linked to them at its first activity, so proactive messages can reach them before they write.
    /// </summary>
    private static bool IsFromPerson(TurnContext context)
    {
        Activity activity = context.Activity;
        if (activity.From?.Id is not { Length: > 0 } || activity.From.Role == "bot")
        {
            return false;
        }

        return activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            || (activity.Type is ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate
                && !context.IsGroupConversation && !IsRemoval(activity));
    }

    private static bool IsRemoval(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// The language the member writes in when it can be told; otherwise the one they chose; otherwise
    /// the Teams client's locale; otherwise Italian.
    /// </summary>
    internal static string ChooseLanguage(TurnContext context, PersonSnapshot? person) =>
        LanguageDetector.Detect(context.Text)
        ?? Languages.FromLocale(person?.PreferredLanguage)
        ?? Languages.FromLocale(TeamsChannelData.ClientInfo(context.Activity, "locale"))
        ?? Languages.FromLocale(context.Activity.Locale)
        ?? Languages.Default;
}
