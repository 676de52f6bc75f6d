using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// The survey cards. Buttons are Action.Execute with an Action.Submit fallback: in Teams the invoke response
/// replaces the card at once (errors appear next to the questions, the saved answers stay in the form), and
/// clients without Universal Actions submit instead, the bot then updating the card message in place.
/// </summary>
internal static partial class SurveyCards
{
    /// <summary>What the form shows besides the questions.</summary>
    /// <param name="Answers">The answers to show in the inputs (saved, or just submitted with errors).</param>
    /// <param name="Errors">Resource keys by question id.</param>
    /// <param name="StatusKey">A line above the questions (saved, errors, closed), or null.</param>
    /// <param name="Open">False once closed (no inputs, no button) or, for anonymous surveys, once answered.</param>
    /// <param name="StatusArgs">The status line's arguments; default: the close time.</param>
    internal sealed record FormState(SurveyAnswers? Answers, IReadOnlyDictionary<string, string>? Errors, string? StatusKey, bool Open, object?[]? StatusArgs = null);

    /// <summary>The form of <paramref name="survey"/> for one recipient.</summary>
    public static (JsonNode Card, string Text) Form(Survey survey, SurveyDefinition definition, FormState state, string timeZoneId, string lang)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        var t = SurveysTexts.Texts;
        string title = definition.Title.In(lang);
        string closes = ReminderTime.When(survey.ClosesAt, timeZoneId, lang);
        var questions = new JsonArray();
        if (state.Open)
        {
            foreach (SurveyQuestion q in definition.Questions)
            {
                string? error = state.Errors is not null && state.Errors.TryGetValue(q.Id, out string? key) ? t.Get(key, lang) : null;
                questions.Add(CardTemplates.Render(CardNames.SurveyQuestion, new Dictionary<string, object?>
                {
                    ["label"] = q.Label.In(lang) + (q.Required ? " *" : string.Empty),
                    ["input"] = Input(q, state.Answers?.InputValue(q) ?? string.Empty, lang),
                    ["error"] = error,
                }));
            }
        }

        var actions = new JsonArray();
        if (state.Open)
        {
            string button = state.Answers is not null && state.Errors is null or { Count: 0 } && state.StatusKey is not null ? "Form.Update" : "Form.Send";
            actions.Add(Execute(t.Get(button, lang), CardVerbs.SurveyAnswer, survey.Id));
        }

        string closesText = t.Get(survey.IsAnonymous ? "Form.Closes.Anonymous" : "Form.Closes", lang, closes);
        JsonNode card = CardTemplates.Render(CardNames.SurveyForm, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("Form.Heading", lang),
            ["title"] = title,
            ["intro"] = state.Open ? definition.Intro.In(lang) : null,
            ["closes"] = closesText,
            ["status"] = state.StatusKey is null ? null : t.Get(state.StatusKey, lang, state.StatusArgs ?? [closes]),
            ["statusColor"] = state.Errors is { Count: > 0 } || state.StatusKey == "Form.Status.Closed" ? "Attention" : "Good",
            ["questions"] = questions,
            ["actions"] = actions,
        });
        return (card, t.Get("Form.Text", lang, title, closes));
    }

    private static JsonNode Input(SurveyQuestion q, string value, string lang)
    {
        var t = SurveysTexts.Texts;
        string id = SurveyAnswers.InputId(q);
        if (q.Kind == QuestionKind.FreeText)
        {
            return CardTemplates.Render(CardNames.SurveyInputText, new Dictionary<string, object?>
            {
                ["id"] = id,
                ["placeholder"] = t.Get("Form.TextPlaceholder", lang),
                ["value"] = value,
            });
        }

        IEnumerable<(string Value, string Title)> choices = q.Kind switch
        {
            QuestionKind.Rating => Enumerable.Range(1, 5).Select(i => (i.ToString(CultureInfo.InvariantCulture), $"{i} {new string('★', i)}")),
            QuestionKind.YesNo => [("yes", t.Get("Yes", lang)), ("no", t.Get("No", lang))],
            QuestionKind.Countries => SurveyCountries.All.Select(c => (c.Code, lang == "en" ? c.En : c.It)).OrderBy(c => c.Item2, StringComparer.CurrentCulture),
            _ => q.Options.Select(o => (o.Value, o.Label.In(lang))),
        };
        bool multi = q.Kind is QuestionKind.MultipleChoice or QuestionKind.Countries;
        bool compact = q.Kind == QuestionKind.Countries || (q.Kind == QuestionKind.SingleChoice && q.Options.Count > 6);
        return CardTemplates.Render(CardNames.SurveyInputChoice, new Dictionary<string, object?>
        {
            ["id"] = id,
            ["style"] = compact ? "compact" : "expanded",
            ["multi"] = JsonValue.Create(multi),
            ["placeholder"] = t.Get(multi ? "Form.PickMany" : "Form.PickOne", lang),
            ["value"] = value,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        });
    }

    /// <summary>Action.Execute carrying the verb, with the same action as an Action.Submit fallback.</summary>
    internal static JsonObject Execute(string title, string verb, int surveyId, JsonObject? extra = null)
    {
        var data = new JsonObject { ["surveyId"] = surveyId };
        foreach ((string key, JsonNode? value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        JsonObject submitData = (JsonObject)data.DeepClone();
        submitData[Routing.CardAction.VerbKey] = verb;
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData },
        };
    }
}
