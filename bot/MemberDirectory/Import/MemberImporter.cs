using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>
/// Imports members from a CSV file (format in docs/member-import.md): valid records are added or update
/// the person with the same aadObjectId or email; invalid ones, and new records of people who asked to be
/// forgotten, are reported with their line and left out.
/// Everything accepted is saved in one transaction, so a failure leaves the directory as it was.
/// </summary>
internal sealed class MemberImporter(BotDbContext db, ILogger<MemberImporter> logger)
{
    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    /// <exception cref="MemberImportFailedException">The file is missing, unreadable or has no usable header.</exception>
    public async Task<MemberImportReport> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            // The full path: under dotnet run, relative paths start from the bot folder, not the shell's.
            throw new MemberImportFailedException($"The file '{Path.GetFullPath(path)}' does not exist.");
        }

        try
        {
            await using FileStream stream = File.OpenRead(path);
            return await ImportAsync(stream, Path.GetFileName(path), cancellationToken);
        }
        catch (IOException ex)
        {
            throw new MemberImportFailedException($"The file '{path}' cannot be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new MemberImportFailedException($"The file '{path}' cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Imports the CSV in <paramref name="csv"/>; <paramref name="source"/> names it in the report.</summary>
    public async Task<MemberImportReport> ImportAsync(Stream csv, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        (List<RawMemberRow> rows, List<RejectedRow> rejected, List<string> ignored) = await MemberCsvReader.ReadAsync(csv, cancellationToken);
        var directory = await DirectorySnapshot.LoadAsync(db, cancellationToken);
        int malformed = rejected.Count;
        var counts = new ImportCounts();
        foreach (RawMemberRow raw in rows)
        {
            ParsedMemberRow? row = MemberRowParser.Parse(raw, out List<string> errors);
            if (row is not null)
            {
                Apply(row, directory, counts, errors);
            }

            if (errors.Count > 0)
            {
                rejected.Add(new RejectedRow(raw.Line, errors));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var report = new MemberImportReport
        {
            Source = source,
            RecordsRead = rows.Count + malformed,
            PeopleAdded = counts.PeopleAdded,
            PeopleUpdated = counts.PeopleUpdated,
            OrganisationsAdded = counts.OrganisationsAdded,
            Rejected = [.. rejected.OrderBy(r => r.Line)],
            IgnoredColumns = ignored,
        };
        Log.MembersImported(logger, source, report.Accepted, report.Rejected.Count);
        return report;
    }

    private void Apply(ParsedMemberRow row, DirectorySnapshot directory, ImportCounts counts, List<string> errors)
    {
        if (directory.EarlierLineOf(row) is { } earlier)
        {
            errors.Add($"the same person as line {earlier} (same email or aadObjectId)");
            return;
        }

        Person? person = directory.FindPerson(row, errors);
        if (person is null && directory.WasErased(row))
        {
            // Erasure is honoured even when the source list was not updated. Someone who comes back and writes to
            // the bot is in the directory again, and a record with their aadObjectId then updates them.
            errors.Add("this person asked the bot to forget them: they are not added again (remove the record from the file)");
            return;
        }

        Organisation? organisation = directory.FindOrganisation(row.Organisation);
        if (row.Organisation is not null && organisation is null && row.OrganisationType is null)
        {
            errors.Add($"organisation '{row.Organisation}' is new: give its organisationType ({string.Join(", ", OrganisationTypeNames.Canonical)})");
        }

        if (errors.Count > 0)
        {
            return;
        }

        if (row.Organisation is not null && organisation is null)
        {
            organisation = new Organisation { Name = row.Organisation, Type = row.OrganisationType!.Value, City = row.City };
            db.Organisations.Add(organisation);
            directory.Add(organisation);
            counts.OrganisationsAdded++;
        }
        else if (organisation is not null)
        {
            organisation.Type = row.OrganisationType ?? organisation.Type;
            organisation.City = row.City ?? organisation.City;
        }

        if (person is null)
        {
            person = new Person { Name = row.Name, Roles = row.Roles ?? PersonRoles.Member };
            db.People.Add(person);
            counts.PeopleAdded++;
        }
        else
        {
            counts.PeopleUpdated++;
        }

        MemberUpdate.Apply(db, person, row, organisation);
        directory.Remember(person, row);
    }

    private sealed class ImportCounts
    {
        public int PeopleAdded { get; set; }

        public int PeopleUpdated { get; set; }

        public int OrganisationsAdded { get; set; }
    }
}
