using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// Reads and checks the fields of one item of a knowledge file, recording every problem with the
/// file, the item and the field, so staff can fix the file in one go.
/// </summary>
internal sealed partial class FieldReader(string file, int index, JsonElement item, List<KnowledgeValidationError> errors)
{
    /// <summary>The item's id when it has a usable one, else <c>#index</c>.</summary>
    public string ItemName { get; private set; } = $"#{index}";

    /// <summary>Reads the required id and remembers it for later messages.</summary>
    public string? Id()
    {
        string? id = String("id", required: true, KnowledgeLimits.Id);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Fail("id", "must be letters, digits, '-', '_' or '.' only");
            return null;
        }

        if (id is not null)
        {
            ItemName = id;
        }

        return id;
    }

    public string? String(string field, bool required = false, int maxLength = KnowledgeLimits.Line)
    {
        if (!item.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail(field, "is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, "must be a string");
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(field, "must not be empty");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Fail(field, $"is longer than {maxLength} characters");
            return null;
        }

        return text;
    }

    public string? Url(string field)
    {
        string? text = String(field, maxLength: KnowledgeLimits.Url);
        if (text is not null && (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https")))
        {
            Fail(field, "must be an absolute http(s) URL");
            return null;
        }

        return text;
    }

    /// <summary>An ISO 8601 date-time with an offset, or a bare date meaning that day in Europe/Rome.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="required">True when the field must be present.</param>
    /// <param name="endOfDay">For a bare date: 23:59:59 (deadlines, ends) instead of midnight.</param>
    public DateTimeOffset? Date(string field, bool required = false, bool endOfDay = false)
    {
        string? text = String(field, required, 64);
        if (text is null)
        {
            return null;
        }

        if (BareDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return RomeTime.At(day, endOfDay ? new TimeOnly(23, 59, 59) : TimeOnly.MinValue);
        }

        if (DateTimeWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant))
        {
            return instant;
        }

        Fail(field, $"'{text}' is not an ISO 8601 date-time with an offset (2027-03-11T17:00:00+01:00) or a date (2027-03-11)");
        return null;
    }

    public List<int> Priorities()
    {
        List<int> result = [];
        foreach (JsonElement value in Array("priorities"))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int p) && p is >= 1 and <= KnowledgeVocabulary.PriorityCount)
            {
                result.Add(p);
            }
            else
            {
                Fail("priorities", $"{value.GetRawText()} is not a strategic priority (1-{KnowledgeVocabulary.PriorityCount})");
            }
        }

        return [.. result.Distinct()];
    }

    /// <summary>An array of strings; with <paramref name="allowed"/>, each must be one of those values.</summary>
    public List<string> Strings(string field, IReadOnlyList<string>? allowed = null, bool required = false)
    {
        List<string> result = [];
        bool present = item.TryGetProperty(field, out JsonElement raw) && raw.ValueKind != JsonValueKind.Null;
        foreach (JsonElement value in Array(field))
        {
            string? text = value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(text) || text.Length > KnowledgeLimits.Line)
            {
                Fail(field, $"{value.GetRawText()} is not a non-empty string");
            }
            else if (allowed is not null && !allowed.Contains(text, StringComparer.Ordinal))
            {
                Fail(field, $"'{text}' is not one of: {string.Join(", ", allowed)}");
            }
            else
            {
                result.Add(text);
            }
        }

        if (required && present && result.Count == 0 && raw.ValueKind == JsonValueKind.Array)
        {
            Fail(field, "must not be empty");
        }
        else if (required && !present)
        {
            Fail(field, "is required");
        }

        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    public void Fail(string field, string message) => errors.Add(new KnowledgeValidationError(file, ItemName, field, message));

    private List<JsonElement> Array(string field)
    {
        if (!item.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, "must be an array");
            return [];
        }

        return value.EnumerateArray().ToList();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex BareDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeWithOffset();
}
