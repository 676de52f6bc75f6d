using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// Reads and validates a knowledge folder (<c>calls.json</c>, <c>events.json</c>, <c>faq.json</c>).
/// Any problem in any file rejects the whole folder, listing every problem found.
/// </summary>
internal static class KnowledgeFolderReader
{
    private const int MaxErrors = 50;
    private const long MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The validated content of <paramref name="folder"/>.</summary>
    /// <exception cref="KnowledgeValidationException">The folder is missing, empty or any file is invalid.</exception>
    public static async Task<KnowledgeFileSet> ReadAsync(string folder, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new KnowledgeValidationException($"The knowledge folder '{full}' does not exist.");
        }

        List<KnowledgeValidationError> errors = [];
        var calls = await ReadFileAsync(full, KnowledgeParser.CallsFile, KnowledgeParser.ParseCall, errors, ct);
        var events = await ReadFileAsync(full, KnowledgeParser.EventsFile, KnowledgeParser.ParseEvent, errors, ct);
        var faqs = await ReadFileAsync(full, KnowledgeParser.FaqFile, KnowledgeParser.ParseFaq, errors, ct);
        if (errors.Count > 0)
        {
            throw new KnowledgeValidationException([.. errors.Take(MaxErrors)]);
        }

        if (calls is null && events is null && faqs is null)
        {
            throw new KnowledgeValidationException($"The knowledge folder '{full}' has none of {KnowledgeParser.CallsFile}, {KnowledgeParser.EventsFile}, {KnowledgeParser.FaqFile}.");
        }

        return new KnowledgeFileSet(full, calls, events, faqs);
    }

    private static async Task<List<(T Item, string Hash)>?> ReadFileAsync<T>(
        string folder, string name, Func<JsonElement, string, int, List<KnowledgeValidationError>, T?> parse,
        List<KnowledgeValidationError> errors, CancellationToken ct)
        where T : KnowledgeEntity
    {
        string path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return null;
        }

        if (new FileInfo(path).Length > MaxFileBytes)
        {
            errors.Add(new KnowledgeValidationError(name, string.Empty, string.Empty, $"is larger than {MaxFileBytes / (1024 * 1024)} MB"));
            return null;
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, ct);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            errors.Add(new KnowledgeValidationError(name, string.Empty, string.Empty,
                $"is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})"));
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new KnowledgeValidationError(name, string.Empty, string.Empty, "must be a JSON array of items"));
                return null;
            }

            List<(T, string)> items = [];
            HashSet<string> seen = new(StringComparer.Ordinal);
            int index = 0;
            foreach (JsonElement element in document.RootElement.EnumerateArray())
            {
                T? item = parse(element, name, index, errors);
                if (item is not null && !seen.Add(item.Id))
                {
                    errors.Add(new KnowledgeValidationError(name, item.Id, "id", $"is used by more than one item (again at index {index})"));
                }
                else if (item is not null)
                {
                    items.Add((item, Hash(element)));
                }

                index++;
            }

            return items;
        }
    }

    /// <summary>A hash of the item exactly as written, to tell whether the file changed it since the last import.</summary>
    private static string Hash(JsonElement element) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(element.GetRawText())));
}
