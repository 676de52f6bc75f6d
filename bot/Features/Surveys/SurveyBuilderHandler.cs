using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Cards;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// "nuovo sondaggio" / "new survey": a card to draft a short survey (a title and up to four questions of the
/// simpler kinds). Saved as a definition file in the surveys folder, checked by the same parser as any file, so
/// it is imported like the others and sent with "invia sondaggio NAME ...".
/// </summary>
internal sealed partial class SurveyBuilderHandler(StaffOnly<SurveysFeature> gate, SurveyCatalog catalog, IOptions<SurveyOptions> options, IHostEnvironment environment) : ITurnHandler
{
    private const int Slots = 4;
    private static readonly string[] Kinds = ["yes-no", "rating", "free-text", "single-choice"];

    /// <summary>"nuovo sondaggio", "crea sondaggio", "new survey", "create a survey".</summary>
    [GeneratedRegex(@"^\s*(?:nuovo\s+sondaggio|crea\s+(?:un\s+)?sondaggio|new\s+survey|create\s+(?:a\s+)?survey)\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        string lang = context.Member().Language;
        CardAction? action = context.CardAction;
        if (action is null)
        {
            await context.SendAsync(ActivityFactory.Card(Card(new JsonObject(), null, lang), SurveysTexts.Texts.Get("Builder.Heading", lang), context.ReplyLocale), cancellationToken);
            return;
        }

        string json = ToDefinitionJson(action.Data);
        string name = action.GetString("name")?.Trim().ToLowerInvariant() ?? string.Empty;
        SurveyDefinition? survey = SurveyParser.Parse($"{name}.json", json, out List<SurveyValidationError> errors);
        if (survey is not null && catalog.Find(survey.Id) is not null)
        {
            errors.Add(new SurveyValidationError($"{name}.json", "id", $"'{name}' already exists"));
            survey = null;
        }

        if (survey is null)
        {
            string problems = string.Join("; ", errors.Select(e => e.Field.Length > 0 ? $"{e.Field}: {e.Message}" : e.Message));
            await context.ReplaceCardAsync(Card(action.Data, SurveysTexts.Texts.Get("Builder.Invalid", lang, problems), lang), SurveysTexts.Texts.Get("Builder.Heading", lang), cancellationToken);
            return;
        }

        string folder = SurveysHostedService.Resolve(options.Value, environment);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, survey.Id + ".json"), json, Encoding.UTF8, cancellationToken);
        catalog.Import(folder);
        await context.ReplaceCardAsync(Card(action.Data, null, lang, saved: survey.Id), SurveysTexts.Texts.Get("Builder.Heading", lang), cancellationToken);
        await context.SendTextAsync(SurveysTexts.Texts.Get("Builder.Saved", lang, survey.Id), cancellationToken);
    }

    // The builder's inputs as a definition file; empty question slots are left out.
    private static string ToDefinitionJson(JsonObject data)
    {
        string Get(string key) => data[key] is JsonValue v && v.TryGetValue(out string? s) ? s.Trim() : string.Empty;
        var questions = new JsonArray();
        for (int n = 1; n <= Slots; n++)
        {
            string label = Get($"q{n}Label");
            if (label.Length == 0)
            {
                continue;
            }

            string kind = Get($"q{n}Kind") is { Length: > 0 } k ? k : "yes-no";
            var question = new JsonObject { ["id"] = $"q{n}", ["kind"] = kind, ["label"] = new JsonObject { ["it"] = label }, ["required"] = Get($"q{n}Required") == "true" };
            if (kind == "single-choice")
            {
                question["options"] = new JsonArray([.. Get($"q{n}Options").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select((o, i) => (JsonNode)new JsonObject { ["value"] = $"o{i + 1}", ["label"] = new JsonObject { ["it"] = o } })]);
            }

            questions.Add(question);
        }

        var title = new JsonObject { ["it"] = Get("titleIt") };
        if (Get("titleEn").Length > 0)
        {
            title["en"] = Get("titleEn");
        }

        return new JsonObject
        {
            ["id"] = Get("name").ToLowerInvariant(),
            ["title"] = title,
            ["anonymous"] = Get("anonymous") == "true",
            ["questions"] = questions,
        }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Card(JsonObject values, string? error, string lang, string? saved = null)
    {
        var t = SurveysTexts.Texts;
        string Get(string key) => values[key] is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;
        var kinds = new JsonArray([.. Kinds.Select(k => (JsonNode)new JsonObject { ["title"] = t.Get($"Builder.Kind.{k}", lang), ["value"] = k })]);
        var questions = new JsonArray();
        for (int n = 1; n <= Slots; n++)
        {
            questions.Add(CardTemplates.Render(CardNames.SurveyBuilderQuestion, new Dictionary<string, object?>
            {
                ["n"] = n,
                ["label"] = t.Get("Builder.Question", lang, n),
                ["text"] = Get($"q{n}Label"),
                ["kind"] = Get($"q{n}Kind") is { Length: > 0 } k ? k : "yes-no",
                ["kinds"] = kinds,
                ["optionsPlaceholder"] = t.Get("Builder.Options", lang),
                ["options"] = Get($"q{n}Options"),
                ["requiredLabel"] = t.Get("Builder.Required", lang),
                ["required"] = Get($"q{n}Required") is { Length: > 0 } r ? r : "false",
            }));
        }

        var actions = new JsonArray();
        if (saved is null)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Execute", ["title"] = t.Get("Builder.Save", lang), ["verb"] = CardVerbs.SurveySaveDraft, ["data"] = new JsonObject(),
                ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = t.Get("Builder.Save", lang), ["data"] = new JsonObject { [CardAction.VerbKey] = CardVerbs.SurveySaveDraft } },
            });
        }

        return CardTemplates.Render(CardNames.SurveyBuilder, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("Builder.Heading", lang),
            ["intro"] = saved is null ? t.Get("Builder.Intro", lang) : t.Get("Builder.Saved", lang, saved),
            ["error"] = error,
            ["nameLabel"] = t.Get("Builder.Name", lang),
            ["name"] = Get("name"),
            ["titleLabel"] = t.Get("Builder.Title", lang),
            ["titleIt"] = Get("titleIt"),
            ["titleEnLabel"] = t.Get("Builder.TitleEn", lang),
            ["titleEn"] = Get("titleEn"),
            ["anonymousLabel"] = t.Get("Builder.Anonymous", lang),
            ["anonymous"] = Get("anonymous") is { Length: > 0 } a ? a : "false",
            ["questions"] = questions,
            ["actions"] = actions,
        });
    }
}
