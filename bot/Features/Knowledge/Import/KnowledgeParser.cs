using System.Text.Json;
using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// Turns one JSON item into a call, an event or an FAQ entity, checking every field of the format
/// (docs/knowledge-format.md). Used by the import and by the staff's card forms alike.
/// </summary>
internal static class KnowledgeParser
{
    public const string CallsFile = "calls.json";
    public const string EventsFile = "events.json";
    public const string FaqFile = "faq.json";

    /// <summary>The call in <paramref name="item"/>, or null when it has errors (added to <paramref name="errors"/>).</summary>
    public static KnowledgeCall? ParseCall(JsonElement item, string file, int index, List<KnowledgeValidationError> errors)
    {
        int before = errors.Count;
        FieldReader r = Reader(item, file, index, errors, out bool isObject);
        if (!isObject)
        {
            return null;
        }

        string? id = r.Id();
        string? title = r.String("title", required: true, KnowledgeLimits.Title);
        string? programme = r.String("programme", required: true);
        DateTimeOffset? opens = r.Date("opens");
        DateTimeOffset? deadline = r.Date("deadline", endOfDay: true);
        if (opens is { } o && deadline is { } d && d < o)
        {
            r.Fail("deadline", "is before 'opens'");
        }

        var call = new KnowledgeCall
        {
            Id = id ?? string.Empty, Title = title ?? string.Empty, Programme = programme ?? string.Empty,
            Priorities = r.Priorities(), Opens = opens, Deadline = deadline, Budget = r.String("budget"),
            Eligibility = r.Strings("eligibility", KnowledgeVocabulary.Eligibility), Url = r.Url("url"),
            Summary = r.String("summary", maxLength: KnowledgeLimits.Text), Tags = r.Strings("tags"),
        };
        return errors.Count == before ? call : null;
    }

    /// <summary>The event in <paramref name="item"/>, or null when it has errors.</summary>
    public static KnowledgeEvent? ParseEvent(JsonElement item, string file, int index, List<KnowledgeValidationError> errors)
    {
        int before = errors.Count;
        FieldReader r = Reader(item, file, index, errors, out bool isObject);
        if (!isObject)
        {
            return null;
        }

        string? id = r.Id();
        string? title = r.String("title", required: true, KnowledgeLimits.Title);
        string? kind = r.String("kind", required: true, 32);
        if (kind is not null && !KnowledgeVocabulary.EventKinds.Contains(kind, StringComparer.Ordinal))
        {
            r.Fail("kind", $"'{kind}' is not one of: {string.Join(", ", KnowledgeVocabulary.EventKinds)}");
        }

        DateTimeOffset? start = r.Date("start", required: true);
        DateTimeOffset? end = r.Date("end", endOfDay: true);
        if (start is { } s && end is { } e && e < s)
        {
            r.Fail("end", "is before 'start'");
        }

        var ev = new KnowledgeEvent
        {
            Id = id ?? string.Empty, Title = title ?? string.Empty, Kind = kind ?? string.Empty, Start = start ?? default,
            End = end, Location = r.String("location"), Online = r.Url("online"), RegistrationUrl = r.Url("registrationUrl"),
            RegistrationDeadline = r.Date("registrationDeadline", endOfDay: true), Priorities = r.Priorities(), Url = r.Url("url"),
            Summary = r.String("summary", maxLength: KnowledgeLimits.Text), Tags = r.Strings("tags"),
        };
        return errors.Count == before ? ev : null;
    }

    /// <summary>The FAQ answer in <paramref name="item"/>, or null when it has errors.</summary>
    public static KnowledgeFaq? ParseFaq(JsonElement item, string file, int index, List<KnowledgeValidationError> errors)
    {
        int before = errors.Count;
        FieldReader r = Reader(item, file, index, errors, out bool isObject);
        if (!isObject)
        {
            return null;
        }

        string? id = r.Id();
        List<string> questions = r.Strings("questions", required: true);
        string? answer = r.String("answer", required: true, KnowledgeLimits.Text);
        var faq = new KnowledgeFaq { Id = id ?? string.Empty, Questions = questions, Answer = answer ?? string.Empty, Url = r.Url("url") };
        return errors.Count == before ? faq : null;
    }

    private static FieldReader Reader(JsonElement item, string file, int index, List<KnowledgeValidationError> errors, out bool isObject)
    {
        var reader = new FieldReader(file, index, item, errors);
        isObject = item.ValueKind == JsonValueKind.Object;
        if (!isObject)
        {
            errors.Add(new KnowledgeValidationError(file, $"#{index}", string.Empty, "must be a JSON object"));
        }

        return reader;
    }
}
