using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClustER.Bot.Features.Surveys.Definition;

/// <summary>
/// Reads one survey file and checks all of it: a file with any problem is rejected whole, and every problem
/// is reported with the file and the field, so staff can fix the file in one pass.
/// </summary>
internal static partial class SurveyParser
{
    /// <summary>At most this many questions: the card must stay well under Teams' 40 KB.</summary>
    public const int MaxQuestions = 25;

    /// <summary>At most this many options per choice question.</summary>
    public const int MaxOptions = 30;

    private const int MaxLabel = 400;

    /// <summary>The definition in <paramref name="json"/>, or null with the problems in <paramref name="errors"/>.</summary>
    public static SurveyDefinition? Parse(string file, string json, out List<SurveyValidationError> errors)
    {
        var found = new List<SurveyValidationError>();
        errors = found;
        void Fail(string field, string message) => found.Add(new SurveyValidationError(file, field, message));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            Fail(string.Empty, $"not valid JSON ({ex.Message})");
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail(string.Empty, "the file must hold one JSON object");
                return null;
            }

            string? id = String(root, "id");
            if (id is null || !SurveyId().IsMatch(id))
            {
                Fail("id", "required: 2 to 40 lower-case letters, digits or dashes, starting with a letter");
            }

            LocalizedText? title = Text(root, "title", "title", required: true, Fail);
            LocalizedText intro = Text(root, "intro", "intro", required: false, Fail) ?? new LocalizedText(string.Empty, null);
            bool anonymous = false;
            if (root.TryGetProperty("anonymous", out JsonElement anon))
            {
                if (anon.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    anonymous = anon.GetBoolean();
                }
                else
                {
                    Fail("anonymous", "must be true or false");
                }
            }

            List<SurveyQuestion> questions = Questions(root, Fail);
            return found.Count == 0 ? new SurveyDefinition(id!, title!, intro, anonymous, questions) : null;
        }
    }

    private static List<SurveyQuestion> Questions(JsonElement root, Action<string, string> fail)
    {
        var questions = new List<SurveyQuestion>();
        if (!root.TryGetProperty("questions", out JsonElement list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            fail("questions", "required: a non-empty array of questions");
            return questions;
        }

        if (list.GetArrayLength() > MaxQuestions)
        {
            fail("questions", $"at most {MaxQuestions} questions (the card must stay small enough for Teams)");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement q in list.EnumerateArray())
        {
            string at = $"questions[{index++}]";
            if (q.ValueKind != JsonValueKind.Object)
            {
                fail(at, "must be an object");
                continue;
            }

            string? id = String(q, "id");
            if (id is null || !QuestionId().IsMatch(id))
            {
                fail($"{at}.id", "required: 1 to 30 lower-case letters, digits, dashes or underscores, starting with a letter");
            }
            else if (!ids.Add(id))
            {
                fail($"{at}.id", $"'{id}' is used by another question");
            }

            string? kindName = String(q, "kind");
            QuestionKind? kind = KindFrom(kindName);
            if (kind is null)
            {
                fail($"{at}.kind", $"'{kindName}' is not one of {string.Join(", ", KindNames.Keys)}");
            }

            LocalizedText? label = Text(q, "label", $"{at}.label", required: true, fail);
            bool required = q.TryGetProperty("required", out JsonElement r) && r.ValueKind == JsonValueKind.True;
            if (q.TryGetProperty("required", out r) && r.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                fail($"{at}.required", "must be true or false");
            }

            List<SurveyOption> options = Options(q, at, kind, fail);
            if (id is not null && kind is { } k && label is not null)
            {
                questions.Add(new SurveyQuestion(id, k, label, required, options));
            }
        }

        return questions;
    }

    private static List<SurveyOption> Options(JsonElement q, string at, QuestionKind? kind, Action<string, string> fail)
    {
        var options = new List<SurveyOption>();
        bool hasOptions = q.TryGetProperty("options", out JsonElement list);
        bool isChoice = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
        if (!isChoice)
        {
            if (hasOptions && kind is not null)
            {
                fail($"{at}.options", $"only single-choice and multiple-choice questions have options");
            }

            return options;
        }

        if (!hasOptions || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() < 2)
        {
            fail($"{at}.options", "required: an array of at least 2 options");
            return options;
        }

        if (list.GetArrayLength() > MaxOptions)
        {
            fail($"{at}.options", $"at most {MaxOptions} options");
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement o in list.EnumerateArray())
        {
            string oat = $"{at}.options[{index++}]";
            string? value = o.ValueKind == JsonValueKind.Object ? String(o, "value") : null;
            if (value is null || !QuestionId().IsMatch(value))
            {
                fail($"{oat}.value", "required: 1 to 30 lower-case letters, digits, dashes or underscores");
                continue;
            }

            if (!values.Add(value))
            {
                fail($"{oat}.value", $"'{value}' is used by another option");
            }

            if (Text(o, "label", $"{oat}.label", required: true, fail) is { } label)
            {
                options.Add(new SurveyOption(value, label));
            }
        }

        return options;
    }

    private static LocalizedText? Text(JsonElement parent, string name, string field, bool required, Action<string, string> fail)
    {
        if (!parent.TryGetProperty(name, out JsonElement text))
        {
            if (required)
            {
                fail(field, "required: an object with \"it\" (and optionally \"en\") text");
            }

            return null;
        }

        string? it = text.ValueKind == JsonValueKind.Object ? String(text, "it") : null;
        string? en = text.ValueKind == JsonValueKind.Object ? String(text, "en") : null;
        if (string.IsNullOrWhiteSpace(it))
        {
            fail($"{field}.it", "required: the Italian text");
            return null;
        }

        if (it.Length > MaxLabel * 3 || en?.Length > MaxLabel * 3)
        {
            fail(field, $"too long (at most {MaxLabel * 3} characters)");
        }

        return new LocalizedText(it.Trim(), string.IsNullOrWhiteSpace(en) ? null : en.Trim());
    }

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The kinds by their names in files.</summary>
    public static IReadOnlyDictionary<string, QuestionKind> KindNames { get; } = new Dictionary<string, QuestionKind>(StringComparer.Ordinal)
    {
        ["single-choice"] = QuestionKind.SingleChoice,
        ["multiple-choice"] = QuestionKind.MultipleChoice,
        ["free-text"] = QuestionKind.FreeText,
        ["rating"] = QuestionKind.Rating,
        ["yes-no"] = QuestionKind.YesNo,
        ["countries"] = QuestionKind.Countries,
    };

    /// <summary>The file name of a kind.</summary>
    public static string NameOf(QuestionKind kind) => KindNames.First(k => k.Value == kind).Key;

    private static QuestionKind? KindFrom(string? name) => name is not null && KindNames.TryGetValue(name, out QuestionKind k) ? k : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex SurveyId();

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionId();
}
