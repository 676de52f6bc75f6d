using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Cards;
using static ClustER.Bot.Features.Questions.Answers.ItemPresenter;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>
/// The staff's card forms for a call or an event: filled from the stored item for "edit", and read back
/// into the knowledge file format on submit, so the same validation as the import applies.
/// </summary>
internal static class KnowledgeForms
{
    private const string FormFile = "form";
    private static readonly string[] CallFields = ["id", "title", "programme", "priorities", "opens", "deadline", "budget", "eligibility", "url", "summary", "tags"];
    private static readonly string[] EventFields = ["id", "title", "kind", "start", "end", "location", "online", "registrationUrl", "registrationDeadline", "priorities", "url", "summary", "tags"];
    private static readonly char[] ListSeparators = [',', ';'];

    public static JsonNode CallForm(KnowledgeCall? call, string lang)
    {
        Dictionary<string, object?> data = Labels(CallFields, lang);
        data["heading"] = call is null ? T("Form.NewCall", lang) : T("Form.EditCall", lang, call.Id);
        foreach (string e in KnowledgeVocabulary.Eligibility)
        {
            data[EligibilityKey(e)] = T($"Eligibility.{e}", lang);
        }

        if (call is not null)
        {
            (data["id"], data["title"], data["programme"], data["budget"], data["url"], data["summary"]) =
                (call.Id, call.Title, call.Programme, call.Budget, call.Url, call.Summary);
            (data["priorities"], data["eligibility"], data["tags"]) =
                (string.Join(", ", call.Priorities), string.Join(',', call.Eligibility), string.Join(", ", call.Tags));
            (data["opens"], data["deadline"]) = (Iso(call.Opens), Iso(call.Deadline));
        }

        return CardTemplates.Render(CardNames.QaCallForm, data);
    }

    public static JsonNode EventForm(KnowledgeEvent? ev, string lang)
    {
        Dictionary<string, object?> data = Labels(EventFields, lang);
        data["heading"] = ev is null ? T("Form.NewEvent", lang) : T("Form.EditEvent", lang, ev.Id);
        foreach (string k in KnowledgeVocabulary.EventKinds)
        {
            data[$"k_{k.Replace('-', '_')}"] = T($"EventKind.{k}", lang);
        }

        if (ev is not null)
        {
            (data["id"], data["title"], data["kind"], data["location"], data["online"]) = (ev.Id, ev.Title, ev.Kind, ev.Location, ev.Online);
            (data["registrationUrl"], data["url"], data["summary"]) = (ev.RegistrationUrl, ev.Url, ev.Summary);
            (data["priorities"], data["tags"]) = (string.Join(", ", ev.Priorities), string.Join(", ", ev.Tags));
            (data["start"], data["end"], data["registrationDeadline"]) = (Iso(ev.Start), Iso(ev.End), Iso(ev.RegistrationDeadline));
        }

        return CardTemplates.Render(CardNames.QaEventForm, data);
    }

    /// <summary>The submitted call, or the problems found (field: message).</summary>
    public static (KnowledgeCall? Call, IReadOnlyList<KnowledgeValidationError> Errors) ReadCall(JsonObject submitted) =>
        Read(submitted, CallFields, KnowledgeParser.ParseCall);

    /// <summary>The submitted event, or the problems found.</summary>
    public static (KnowledgeEvent? Event, IReadOnlyList<KnowledgeValidationError> Errors) ReadEvent(JsonObject submitted) =>
        Read(submitted, EventFields, KnowledgeParser.ParseEvent);

    private static (T?, IReadOnlyList<KnowledgeValidationError>) Read<T>(JsonObject submitted, string[] fields,
        Func<JsonElement, string, int, List<KnowledgeValidationError>, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var item = new JsonObject();
        foreach (string field in fields)
        {
            string? value = submitted[field] is JsonValue v && v.TryGetValue(out string? s) ? s.Trim() : null;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            item[field] = field switch
            {
                "priorities" => new JsonArray([.. Split(value).Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? JsonValue.Create(n) : (JsonNode)JsonValue.Create(p))]),
                "eligibility" or "tags" => new JsonArray([.. Split(value).Select(x => (JsonNode)JsonValue.Create(x))]),
                _ => JsonValue.Create(value),
            };
        }

        List<KnowledgeValidationError> errors = [];
        using JsonDocument doc = JsonDocument.Parse(item.ToJsonString());
        T? parsed = parse(doc.RootElement, FormFile, 0, errors);
        return (parsed, errors);
    }

    private static Dictionary<string, object?> Labels(string[] fields, string lang)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["intro"] = T("Form.Intro", lang),
            ["saveButton"] = T("Form.Save", lang),
        };
        foreach (string field in fields)
        {
            data[$"l_{field}"] = T($"Form.Field.{field}", lang);
        }

        return data;
    }

    private static string EligibilityKey(string value) => value switch
    {
        "large-company" => "e_large",
        "research-centre" => "e_research",
        "public-body" => "e_public",
        _ => $"e_{value}",
    };

    private static string[] Split(string value) => [.. value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Iso(DateTimeOffset? instant) =>
        instant is { } i ? RomeTime.ToRome(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;
}
