using ClustER.Bot.Localization;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Conversation;

/// <summary>Tells the member, in their language, that their turn failed; never shows the exception.</summary>
internal sealed class ApologyErrorHandler : ITurnErrorHandler
{
    public async Task OnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        string lang = context.TryGetMember()?.Language ?? Languages.FromLocale(context.ReplyLocale) ?? Languages.Default;
        string apology = ConversationTexts.Texts.Get("Error.Apology", lang);
        if (context.Activity.Type == ActivityTypes.Invoke)
        {
            context.InvokeResponse = InvokeResponse.Error(500, "InternalError", apology);
            return;
        }

        if (context.Activity.Type == ActivityTypes.Message)
        {
            await context.SendTextAsync(apology, cancellationToken);
        }
    }
}
