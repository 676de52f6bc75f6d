using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClustER.Bot.Features.Surveys.Definition;

/// <summary>
/// Writes a definition back in the file format. A sent survey keeps this snapshot, so editing or deleting
/// the file later never changes the questions people are answering.
/// </summary>
internal static class SurveyWriter
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>The definition as file-format JSON.</summary>
    public static string Write(SurveyDefinition survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var questions = new JsonArray();
        foreach (SurveyQuestion q in survey.Questions)
        {
            var node = new JsonObject { ["id"] = q.Id, ["kind"] = SurveyParser.NameOf(q.Kind), ["label"] = Text(q.Label), ["required"] = q.Required };
            if (q.Options.Count > 0)
            {
                node["options"] = new JsonArray([.. q.Options.Select(o => (JsonNode)new JsonObject { ["value"] = o.Value, ["label"] = Text(o.Label) })]);
            }

            questions.Add(node);
        }

        var root = new JsonObject
        {
            ["id"] = survey.Id,
            ["title"] = Text(survey.Title),
            ["intro"] = Text(survey.Intro),
            ["anonymous"] = survey.Anonymous,
            ["questions"] = questions,
        };
        if (string.IsNullOrEmpty(survey.Intro.It))
        {
            root.Remove("intro");
        }

        return root.ToJsonString(Compact);
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/>.</summary>
    public static SurveyDefinition Read(string json) =>
        SurveyParser.Parse("snapshot", json, out List<SurveyValidationError> errors)
            ?? throw new InvalidOperationException("A stored survey snapshot is invalid: " + string.Join("; ", errors));

    private static JsonObject Text(LocalizedText text)
    {
        var node = new JsonObject { ["it"] = text.It };
        if (text.En is not null)
        {
            node["en"] = text.En;
        }

        return node;
    }
}
