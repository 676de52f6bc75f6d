using System.Text.Json.Nodes;
using ClustER.Bot.Features.Surveys.Definition;

namespace ClustER.Bot.Features.Surveys;

/// <summary>The counts of one question: each choice with how many picked it, out of those who answered it.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answered">How many answered this question.</param>
/// <param name="Counts">Per choice (value, label, count), in the definition's order; empty for free text.</param>
/// <param name="Average">The average rating, for ratings.</param>
internal sealed record QuestionResult(SurveyQuestion Question, int Answered, IReadOnlyList<(string Value, string Label, int Count)> Counts, double? Average)
{
    /// <summary>The share of <paramref name="count"/> among those who answered, in whole percent.</summary>
    public int Percent(int count) => Answered == 0 ? 0 : (int)Math.Round(100.0 * count / Answered, MidpointRounding.AwayFromZero);
}

/// <summary>Tallies a survey's answers per question.</summary>
internal static class SurveyResults
{
    /// <summary>The results of every question, labels in <paramref name="lang"/>.</summary>
    public static IReadOnlyList<QuestionResult> Compute(SurveyDefinition survey, IEnumerable<SurveyAnswers> answers, string lang)
    {
        ArgumentNullException.ThrowIfNull(survey);
        List<SurveyAnswers> all = [.. answers];
        return [.. survey.Questions.Select(q => Tally(q, all, lang))];
    }

    private static QuestionResult Tally(SurveyQuestion q, List<SurveyAnswers> all, string lang)
    {
        List<JsonNode> given = [.. all.Select(a => a[q.Id]).OfType<JsonNode>()];
        List<string> picked = [.. given.SelectMany(n => n is JsonArray list ? list.Select(x => x!.GetValue<string>()) : [Scalar(n)])];
        IEnumerable<(string Value, string Label)> choices = q.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => q.Options.Select(o => (o.Value, o.Label.In(lang))),
            QuestionKind.Rating => Enumerable.Range(1, 5).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), new string('★', i))),
            QuestionKind.YesNo => [("yes", SurveysTexts.Texts.Get("Yes", lang)), ("no", SurveysTexts.Texts.Get("No", lang))],
            QuestionKind.Countries => picked.Distinct(StringComparer.Ordinal).Select(c => (c, SurveyCountries.Name(c, lang))),
            _ => [],
        };
        var counts = choices.Select(c => (c.Value, c.Label, Count: picked.Count(p => p == c.Value))).ToList();
        if (q.Kind == QuestionKind.Countries)
        {
            counts = [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.CurrentCulture)];
        }

        double? average = q.Kind == QuestionKind.Rating && given.Count > 0 ? given.Average(n => (double)n.GetValue<int>()) : null;
        return new QuestionResult(q, given.Count, counts, average);
    }

    private static string Scalar(JsonNode node) =>
        node is JsonValue v && v.TryGetValue(out int i) ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : node.GetValue<string>();
}
