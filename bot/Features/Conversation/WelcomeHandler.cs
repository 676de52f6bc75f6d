using System.Text.Json.Nodes;
using ClustER.Bot.Localization;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Greets a conversation once, when the app is installed there (installationUpdate add, or the bot
/// added to the members): says what the bot sends and how to opt out, as Teams asks of bots.
/// Teams and the Playground repeat these events; the welcome goes out once per conversation.
/// </summary>
internal sealed class WelcomeHandler(ConversationCapture conversations) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        Activity activity = context.Activity;
        bool installed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true
            : activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        if (!installed || activity.Conversation?.Id is not { } conversationId
            || !await conversations.TryClaimWelcomeAsync(conversationId, cancellationToken))
        {
            return;
        }

        string lang = Languages.FromLocale(context.ReplyLocale) ?? Languages.Default;
        Texts t = ConversationTexts.Texts;
        JsonNode card = CardTemplates.Render(CardNames.Welcome, new Dictionary<string, object?>
        {
            ["title"] = t.Get("Welcome.Title", lang),
            ["body"] = t.Get("Welcome.Body", lang),
            ["optOut"] = t.Get("Welcome.OptOut", lang),
            ["helpButton"] = t.Get("Button.Help", lang),
            ["italianButton"] = t.Get("Button.Italian", lang),
            ["englishButton"] = t.Get("Button.English", lang),
        });
        string fallback = $"{t.Get("Welcome.Title", lang)}\n\n{t.Get("Welcome.Body", lang)}\n\n{t.Get("Welcome.OptOut", lang)}";
        Activity welcome = ActivityFactory.Card(card, fallback, context.ReplyLocale);
        await context.SendAsync(welcome, cancellationToken);
    }
}
