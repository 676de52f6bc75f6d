using CsvHelper;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>
/// Reads a member CSV file (UTF-8) into <see cref="RawMemberRow"/>s with their line numbers. The separator
/// is a comma, or the semicolon of Italian spreadsheets; malformed records are reported, not read.
/// </summary>
internal static class MemberCsvReader
{
    /// <summary>The largest file read: thousands of members are a few hundred kilobytes.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The records of <paramref name="csv"/>, and the records it could not read.</summary>
    /// <exception cref="MemberImportFailedException">The file has no header, or no name column.</exception>
    public static async Task<(List<RawMemberRow> Rows, List<RejectedRow> Malformed, List<string> IgnoredColumns)> ReadAsync(
        Stream csv, CancellationToken cancellationToken)
    {
        byte[] content = await ReadAllAsync(csv, cancellationToken);
        var malformed = new List<RejectedRow>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new RejectedRow(record.LineNumber, [Describe(record.Reason)])),
            CommentPrefix = '#',
            Separator = SeparatorOf(content),
        };

        await using CsvReader reader = CsvReader.Create(content, options);
        await reader.ReadHeaderAsync(cancellationToken);
        IReadOnlyList<string> headers = reader.Headers;
        if (headers.Count == 0)
        {
            throw new MemberImportFailedException("The file is empty: the first line must be the header (" + string.Join(",", MemberCsvHeaders.Canonical) + ").");
        }

        var columns = new Dictionary<MemberCsvColumn, int>();
        var ignored = new List<string>();
        for (int i = 0; i < headers.Count; i++)
        {
            if (MemberCsvHeaders.Recognise(headers[i]) is { } column && columns.TryAdd(column, i))
            {
                continue;
            }

            ignored.Add(headers[i]);
        }

        RequireColumns(columns);
        var rows = new List<RawMemberRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new Dictionary<MemberCsvColumn, string>();
            foreach ((MemberCsvColumn column, int index) in columns)
            {
                string value = index < reader.FieldCount ? reader.GetString(index).Trim() : string.Empty;
                if (value.Length > 0)
                {
                    values[column] = value;
                }
            }

            if (values.Count > 0)
            {
                rows.Add(new RawMemberRow(reader.LineNumber, values));
            }
        }

        return (rows, malformed, ignored);
    }

    /// <summary>The whole file: member lists are small, and the separator is chosen from the header first.</summary>
    private static async Task<byte[]> ReadAllAsync(Stream csv, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await csv.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw new MemberImportFailedException($"The file is larger than {MaxFileBytes / (1024 * 1024)} MB; split it.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The header's separator: a semicolon when the header has more semicolons than commas (Italian
    /// spreadsheets), otherwise a comma. Chosen from the header alone, because values such as "1;5"
    /// would mislead a guess made from the data.
    /// </summary>
    private static char SeparatorOf(byte[] content)
    {
        string text = System.Text.Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 64 * 1024));
        string? header = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
        return header is not null && header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static void RequireColumns(Dictionary<MemberCsvColumn, int> columns)
    {
        if (!columns.ContainsKey(MemberCsvColumn.Name))
        {
            throw new MemberImportFailedException("The header has no 'name' column. Expected columns: " + string.Join(",", MemberCsvHeaders.Canonical) + ".");
        }

        if (!columns.ContainsKey(MemberCsvColumn.Email) && !columns.ContainsKey(MemberCsvColumn.AadObjectId))
        {
            throw new MemberImportFailedException("The header has neither an 'email' nor an 'aadObjectId' column: one of them identifies each person.");
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "the record does not have as many fields as the header (a missing or extra separator?)",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.StrayQuote => "a quote appears inside a field that is not quoted",
        CsvMalformedReason.TextAfterClosingQuote => "there is text after a closing quote",
        _ => $"the record is not valid CSV ({reason})",
    };
}
