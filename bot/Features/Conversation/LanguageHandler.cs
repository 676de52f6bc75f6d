using ClustER.Bot.Localization;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Sets the member's preferred language, from "lingua inglese" / "language italian" or the card buttons.
/// The preference decides proactive messages and replies to messages whose language cannot be told.
/// </summary>
internal sealed class LanguageHandler(BotDbContext db, MemberResolver members) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        MemberContext member = context.Member();
        string? chosen = context.CardAction is { } action
            ? Languages.FromLocale(action.GetString("language"))
            : ConversationPatterns.LanguageIn(context.RouteMatch?.Groups["language"].Value);
        if (chosen is null)
        {
            return;
        }

        if (await db.People.FindAsync([member.PersonId], cancellationToken) is Person person)
        {
            person.PreferredLanguage = chosen;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (context.Activity.From?.Id is { } userId)
        {
            members.Invalidate(userId);
        }

        context.ReplyLocale = Languages.Locale(chosen);
        await context.SendTextAsync(ConversationTexts.Texts.Get("Language.Set", chosen), cancellationToken);
    }
}
