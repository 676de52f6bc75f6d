using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Surveys.Definition;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// A person's answers, by question id: text for single choice, yes/no and free text; a list of values for
/// multiple choice and countries; a number for ratings. Read from the card's inputs (<c>q_{id}</c>) and checked
/// against the definition, so the card can show each problem next to its question.
/// </summary>
internal sealed class SurveyAnswers
{
    /// <summary>The longest free-text answer kept.</summary>
    public const int MaxText = 2000;

    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);

    /// <summary>The input id of a question in the card.</summary>
    public static string InputId(SurveyQuestion question) => "q_" + question?.Id;

    /// <summary>The answer to <paramref name="questionId"/>: a string, an array of strings, a number, or null.</summary>
    public JsonNode? this[string questionId] => _values.TryGetValue(questionId, out JsonNode? v) ? v : null;

    /// <summary>The values as stored (questions not answered are left out).</summary>
    public string ToJson() => new JsonObject(_values.Where(v => v.Value is not null).Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone()))).ToJsonString();

    /// <summary>Answers stored by <see cref="ToJson"/>.</summary>
    public static SurveyAnswers FromJson(string json)
    {
        var answers = new SurveyAnswers();
        if (JsonNode.Parse(json) is JsonObject obj)
        {
            foreach ((string key, JsonNode? value) in obj)
            {
                answers._values[key] = value?.DeepClone();
            }
        }

        return answers;
    }

    /// <summary>Reads and checks the card's inputs; <paramref name="errors"/> holds a resource key per question in error.</summary>
    public static SurveyAnswers Read(SurveyDefinition survey, JsonObject data, out Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(data);
        errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new SurveyAnswers();
        foreach (SurveyQuestion q in survey.Questions)
        {
            string raw = Raw(data[InputId(q)]).Trim();
            if (raw.Length == 0)
            {
                if (q.Required)
                {
                    errors[q.Id] = "Answer.Error.Required";
                }

                continue;
            }

            (JsonNode? value, string? error) = Check(q, raw);
            if (error is not null)
            {
                errors[q.Id] = error;
            }

            answers._values[q.Id] = value;
        }

        return answers;
    }

    /// <summary>The value of an input for the card: what the person gave, as the input expects it.</summary>
    public string InputValue(SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return this[question.Id] switch
        {
            JsonArray list => string.Join(',', list.Select(n => n?.GetValue<string>())),
            JsonValue v when v.TryGetValue(out int i) => i.ToString(CultureInfo.InvariantCulture),
            JsonValue v when v.TryGetValue(out string? s) => s ?? string.Empty,
            _ => string.Empty,
        };
    }

    private static (JsonNode? Value, string? Error) Check(SurveyQuestion q, string raw)
    {
        switch (q.Kind)
        {
            case QuestionKind.FreeText:
                return raw.Length > MaxText ? (JsonValue.Create(raw[..MaxText]), "Answer.Error.TooLong") : (JsonValue.Create(raw), null);
            case QuestionKind.Rating:
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int rating) && rating is >= 1 and <= 5
                    ? (JsonValue.Create(rating), null)
                    : (null, "Answer.Error.Rating");
            case QuestionKind.YesNo:
                return raw is "yes" or "no" ? (JsonValue.Create(raw), null) : (null, "Answer.Error.Choice");
            case QuestionKind.SingleChoice:
                return q.Options.Any(o => o.Value == raw) ? (JsonValue.Create(raw), null) : (null, "Answer.Error.Choice");
            default:
                string[] picked = [.. raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
                bool valid = q.Kind == QuestionKind.Countries ? picked.All(SurveyCountries.IsKnown) : picked.All(p => q.Options.Any(o => o.Value == p));
                return valid ? (new JsonArray([.. picked.Select(p => (JsonNode)JsonValue.Create(p))]), null) : (null, "Answer.Error.Choice");
        }
    }

    private static string Raw(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue(out string? s) => s ?? string.Empty,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number => v.ToJsonString(),
        JsonArray a => string.Join(',', a.Select(Raw)),
        _ => node.ToJsonString(),
    };
}
