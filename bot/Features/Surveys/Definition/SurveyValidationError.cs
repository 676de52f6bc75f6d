namespace ClustER.Bot.Features.Surveys.Definition;

/// <summary>One problem in a survey file: which file, which field (a JSON path such as <c>questions[2].options</c>), what.</summary>
/// <param name="File">The file name, e.g. <c>internationalisation.json</c>.</param>
/// <param name="Field">The JSON path of the field; empty for the file itself.</param>
/// <param name="Message">What is wrong, in English (staff and logs read it).</param>
internal sealed record SurveyValidationError(string File, string Field, string Message)
{
    public override string ToString() => Field.Length > 0 ? $"{File}, field '{Field}': {Message}" : $"{File}: {Message}";
}
