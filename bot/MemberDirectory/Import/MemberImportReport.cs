using System.Globalization;
using System.Text;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>What an import of a member CSV file did: the counts, and each record it rejected with the reasons.</summary>
public sealed record MemberImportReport
{
    /// <summary>The file name, for the report's first line.</summary>
    public required string Source { get; init; }

    /// <summary>The data records read (valid and rejected), not counting empty lines and comments.</summary>
    public int RecordsRead { get; init; }

    public int PeopleAdded { get; init; }

    public int PeopleUpdated { get; init; }

    public int OrganisationsAdded { get; init; }

    /// <summary>The records not imported, in file order.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; init; } = [];

    /// <summary>Header columns the import does not know and skipped.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>The records imported.</summary>
    public int Accepted => RecordsRead - Rejected.Count;

    /// <summary>The report as the command prints it.</summary>
    public string Format()
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Imported {Source}: {RecordsRead} record(s) read, {Accepted} imported ")
            .Append(c, $"({PeopleAdded} people added, {PeopleUpdated} updated, {OrganisationsAdded} organisation(s) added), ")
            .Append(c, $"{Rejected.Count} rejected.").AppendLine();
        if (IgnoredColumns.Count > 0)
        {
            text.Append(c, $"Ignored unknown column(s): {string.Join(", ", IgnoredColumns)}.").AppendLine();
        }

        if (Rejected.Count > 0)
        {
            text.AppendLine("Rejected records (fix them and import the file again; imported records are not duplicated):");
            foreach (RejectedRow row in Rejected)
            {
                text.Append(c, $"  line {row.Line}: {string.Join("; ", row.Reasons)}").AppendLine();
            }
        }

        return text.ToString();
    }
}
