using System.Collections.Concurrent;
using ClustER.Bot.Features.Surveys.Definition;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// The survey definitions imported from the surveys folder, by id. A file is checked whole: a bad file is
/// left out with its problems recorded (file and field), and the survey it defined before stays as it was.
/// </summary>
internal sealed class SurveyCatalog(ILogger<SurveyCatalog> logger)
{
    private readonly ConcurrentDictionary<string, SurveyDefinition> _surveys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SurveyValidationError>> _rejected = new(StringComparer.Ordinal);

    /// <summary>The definition named <paramref name="id"/>, or null.</summary>
    public SurveyDefinition? Find(string id) => _surveys.TryGetValue(id.Trim().ToLowerInvariant(), out SurveyDefinition? s) ? s : null;

    /// <summary>Every definition, by id.</summary>
    public IReadOnlyCollection<SurveyDefinition> All => [.. _surveys.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>The files rejected at the last import, with their problems.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SurveyValidationError>> Rejected => _rejected;

    /// <summary>Imports every <c>*.json</c> of <paramref name="folder"/>; returns the problems found.</summary>
    public IReadOnlyList<SurveyValidationError> Import(string folder)
    {
        var problems = new List<SurveyValidationError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            string file = System.IO.Path.GetFileName(path);
            SurveyDefinition? survey = SurveyParser.Parse(file, File.ReadAllText(path), out List<SurveyValidationError> errors);
            if (survey is not null && seen.TryGetValue(survey.Id, out string? first))
            {
                errors.Add(new SurveyValidationError(file, "id", $"'{survey.Id}' is already defined by {first}"));
                survey = null;
            }

            if (survey is null)
            {
                _rejected[file] = errors;
                problems.AddRange(errors);
                Log.SurveyFileRejected(logger, file, string.Join("; ", errors));
                continue;
            }

            _rejected.TryRemove(file, out _);
            seen[survey.Id] = file;
            _surveys[survey.Id] = survey;
        }

        Log.SurveysImported(logger, seen.Count, folder);
        return problems;
    }
}
