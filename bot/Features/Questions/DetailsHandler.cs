using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Answers;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions;

/// <summary>"Details": everything about one call, event or FAQ answer.</summary>
internal sealed class DetailsHandler(KnowledgeCatalog catalog, AnswerComposer composer, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        if (KindNames.Parse(context.CardAction?.GetString("kind")) is not { } kind
            || context.CardAction?.GetString("itemId") is not { } id
            || catalog.Current.Find(kind, id) is not { } item)
        {
            await context.SendTextAsync(QaTexts.Texts.Get("Item.Gone", lang), cancellationToken);
            return;
        }

        (JsonNode card, string text) = composer.Details(item, lang, time.GetUtcNow());
        await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
    }
}
