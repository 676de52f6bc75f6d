using System.Diagnostics;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Questions.Answers;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Bot.Features.Questions.Understanding;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions;

/// <summary>
/// The catch-all: any message no other feature took is a question about calls, events or the association.
/// Replies with the best matches as a card, or honestly with "nothing relevant" and the offer to ask the staff.
/// </summary>
internal sealed class QuestionHandler(QuestionAnswerer answerer, AnswerComposer composer, TimeProvider time, ILogger<QuestionHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        long started = Stopwatch.GetTimestamp();
        SearchOutcome outcome = answerer.Ask(context.Text);
        (JsonNode card, string text) = outcome.Hits.Count > 0
            ? composer.Answer(outcome, 0, lang, time.GetUtcNow())
            : AnswerComposer.Nothing(context.Text, outcome.Question.IsUnderstood, HasCriteria(outcome.Question), lang);
        double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        string? top = outcome.Hits.Count > 0 ? outcome.Hits[0].Item.Id : null;
        Log.QuestionAnswered(logger, outcome.Hits.Count, milliseconds, top);
        await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), cancellationToken);
    }

    private static bool HasCriteria(ParsedQuestion q) =>
        q.Time is not null || q.Status != QuestionStatus.Default || q.Next || q.EventKinds.Count > 0 || q.Places.Count > 0
        || q.Eligibility.Count > 0 || q.Programmes.Count > 0 || q.Priorities.Count > 0;
}
