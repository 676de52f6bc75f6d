using System.Text;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Surveys.Definition;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// The answers for staff as CSV: one row per response, one column per question (choice values joined with
/// "; "). Named surveys lead with the respondent and organisation; anonymous ones have no such columns.
/// </summary>
internal static class SurveyCsv
{
    /// <summary>Writes the CSV (RFC 4180, formula-safe).</summary>
    public static string Write(SurveyDefinition survey, IReadOnlyList<(string? Name, string? Organisation, SurveyAnswers Answers)> rows)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        List<string> header = survey.Anonymous ? [] : ["Respondent", "Organisation"];
        header.AddRange(survey.Questions.Select(q => q.Id));
        Row(csv, header);
        foreach ((string? name, string? organisation, SurveyAnswers answers) in rows)
        {
            List<string> fields = survey.Anonymous ? [] : [name ?? string.Empty, organisation ?? string.Empty];
            fields.AddRange(survey.Questions.Select(q => answers[q.Id] switch
            {
                null => string.Empty,
                JsonArray list => string.Join("; ", list.Select(x => x?.GetValue<string>())),
                JsonNode v => v is JsonValue value && value.TryGetValue(out string? s) ? s! : v.ToJsonString(),
            }));
            Row(csv, fields);
        }

        return csv.ToString();
    }

    // RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs an answer as a formula.
    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(f =>
        {
            string safe = f.Length > 0 && "=+-@".Contains(f[0], StringComparison.Ordinal) ? "'" + f : f;
            return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
        }));
        csv.Append("\r\n");
    }
}
