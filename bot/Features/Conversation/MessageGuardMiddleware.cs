using ClustER.Bot.Hosting;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Answers empty messages politely and cuts very long ones to <see cref="BotOptions.MaxMessageChars"/>,
/// telling the member, so no handler ever sees an unbounded text.
/// </summary>
internal sealed class MessageGuardMiddleware(IOptions<BotOptions> options) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        if (context.Activity.Type != ActivityTypes.Message || context.CardAction is not null || context.Activity.Value is not null)
        {
            await next();
            return;
        }

        string lang = context.TryGetMember()?.Language ?? Localization.Languages.Default;
        if (context.Text.Length == 0)
        {
            await context.SendTextAsync(ConversationTexts.Texts.Get("Message.Empty", lang), cancellationToken);
            return;
        }

        int max = options.Value.MaxMessageChars;
        if (context.Text.Length > max)
        {
            context.Text = context.Text[..max];
            await context.SendTextAsync(ConversationTexts.Texts.Get("Message.Truncated", lang, max), cancellationToken);
        }

        await next();
    }
}
