using System.Text.Json.Nodes;
using ClustER.Bot.Features.Questions.Answers;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions;

/// <summary>"Show more": asks the card's question again and sends the next page of matches.</summary>
internal sealed class MoreHandler(QuestionAnswerer answerer, AnswerComposer composer, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        string question = context.CardAction?.GetString("question") ?? string.Empty;
        int skip = context.CardAction?.GetInt32("skip") ?? 0;
        SearchOutcome outcome = answerer.Ask(question);
        (JsonNode card, string text) = outcome.Hits.Count > skip
            ? composer.Answer(outcome, skip, lang, time.GetUtcNow())
            : AnswerComposer.Nothing(question, outcome.Question.IsUnderstood, false, lang);
        await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
    }
}
