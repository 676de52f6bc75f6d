using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>
/// Applies a knowledge folder to the database in one transaction: upsert by id, archive the ids that
/// disappeared, record a revision; then the catalog reloads, so members never see half an import.
/// </summary>
internal sealed class KnowledgeImporter(BotDbContext db, KnowledgeImportGate gate, KnowledgeCatalog catalog, TimeProvider time, ILogger<KnowledgeImporter> logger)
{
    /// <summary>Validates and imports <paramref name="folder"/>.</summary>
    /// <exception cref="KnowledgeValidationException">The folder was rejected; the previous knowledge stays live.</exception>
    public async Task<KnowledgeImportResult> ImportAsync(string folder, CancellationToken ct)
    {
        KnowledgeFileSet files = await KnowledgeFolderReader.ReadAsync(folder, ct);
        KnowledgeImportResult result;
        using (await gate.EnterAsync(ct))
        {
            result = await ApplyAsync(files, ct);
        }

        Log.KnowledgeImported(logger, files.Source, result);
        await catalog.ReloadAsync(db, ct);
        return result;
    }

    private async Task<KnowledgeImportResult> ApplyAsync(KnowledgeFileSet files, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var counts = new Counts();
        if (files.Calls is { } calls)
        {
            await UpsertAsync(db.KnowledgeCalls, calls, CopyCall, counts, now, ct);
        }

        if (files.Events is { } events)
        {
            await UpsertAsync(db.KnowledgeEvents, events, CopyEvent, counts, now, ct);
        }

        if (files.Faqs is { } faqs)
        {
            await UpsertAsync(db.KnowledgeFaqs, faqs, CopyFaq, counts, now, ct);
        }

        var revision = new KnowledgeRevision
        {
            Source = Truncate(files.Source), CommittedAt = now, Calls = files.Calls?.Count ?? 0,
            Events = files.Events?.Count ?? 0, Faqs = files.Faqs?.Count ?? 0, Archived = counts.Archived,
        };
        db.KnowledgeRevisions.Add(revision);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new KnowledgeImportResult(revision.Id, counts.Added, counts.Updated, counts.Unchanged, counts.Archived);
    }

    private static async Task UpsertAsync<T>(DbSet<T> set, IReadOnlyList<(T Item, string Hash)> incoming, Action<T, T> copy, Counts counts, DateTimeOffset now, CancellationToken ct)
        where T : KnowledgeEntity
    {
        Dictionary<string, T> existing = await set.ToDictionaryAsync(e => e.Id, StringComparer.Ordinal, ct);
        HashSet<string> present = new(StringComparer.Ordinal);
        foreach ((T item, string hash) in incoming)
        {
            present.Add(item.Id);
            if (!existing.TryGetValue(item.Id, out T? row))
            {
                item.Origin = KnowledgeOrigin.File;
                item.ImportedHash = hash;
                item.CreatedAt = now;
                item.UpdatedAt = now;
                set.Add(item);
                counts.Added++;
                continue;
            }

            if (row.ImportedHash == hash && !row.IsArchived)
            {
                // The file did not change this item: keep the row, including a staff edit made in chat since.
                counts.Unchanged++;
                continue;
            }

            copy(item, row);
            row.Origin = KnowledgeOrigin.File;
            row.ImportedHash = hash;
            row.IsArchived = false;
            row.ArchivedAt = null;
            row.UpdatedAt = now;
            counts.Updated++;
        }

        // Items staff created in chat are not in the files; only what came from the files is archived with them.
        foreach (T row in existing.Values.Where(r => !present.Contains(r.Id) && !r.IsArchived && r.Origin == KnowledgeOrigin.File))
        {
            row.IsArchived = true;
            row.ArchivedAt = now;
            row.UpdatedAt = now;
            counts.Archived++;
        }
    }

    internal static void CopyCall(KnowledgeCall from, KnowledgeCall to)
    {
        to.Title = from.Title;
        to.Programme = from.Programme;
        to.Priorities = [.. from.Priorities];
        to.Opens = from.Opens;
        to.Deadline = from.Deadline;
        to.Budget = from.Budget;
        to.Eligibility = [.. from.Eligibility];
        to.Url = from.Url;
        to.Summary = from.Summary;
        to.Tags = [.. from.Tags];
    }

    internal static void CopyEvent(KnowledgeEvent from, KnowledgeEvent to)
    {
        to.Title = from.Title;
        to.Kind = from.Kind;
        to.Start = from.Start;
        to.End = from.End;
        to.Location = from.Location;
        to.Online = from.Online;
        to.RegistrationUrl = from.RegistrationUrl;
        to.RegistrationDeadline = from.RegistrationDeadline;
        to.Priorities = [.. from.Priorities];
        to.Url = from.Url;
        to.Summary = from.Summary;
        to.Tags = [.. from.Tags];
    }

    private static void CopyFaq(KnowledgeFaq from, KnowledgeFaq to)
    {
        to.Questions = [.. from.Questions];
        to.Answer = from.Answer;
        to.Url = from.Url;
    }

    private static string Truncate(string source) => source.Length <= KnowledgeLimits.Url ? source : source[^KnowledgeLimits.Url..];

    private sealed class Counts
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Archived { get; set; }
    }
}
