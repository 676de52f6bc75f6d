using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// Holds the current <see cref="KnowledgeSnapshot"/> and swaps in a new one after each committed change.
/// Readers take <see cref="Current"/> once per turn and so always see one whole revision.
/// </summary>
internal sealed class KnowledgeCatalog(ILogger<KnowledgeCatalog> logger) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private KnowledgeSnapshot _current = KnowledgeSnapshot.Empty;

    /// <summary>The snapshot members search now.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The latest committed revision in the database (to notice imports made by another process).</summary>
    public static async Task<long> LatestRevisionAsync(BotDbContext db, CancellationToken ct) =>
        await db.KnowledgeRevisions.MaxAsync(r => (long?)r.Id, ct) ?? 0;

    /// <summary>Loads the live knowledge from the database and makes it current.</summary>
    public async Task ReloadAsync(BotDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await _reload.WaitAsync(ct);
        try
        {
            // One read transaction: the rows and the revision number belong to the same committed state.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            long revision = await LatestRevisionAsync(db, ct);
            List<KnowledgeCall> calls = await db.KnowledgeCalls.AsNoTracking().Where(c => !c.IsArchived).ToListAsync(ct);
            List<KnowledgeEvent> events = await db.KnowledgeEvents.AsNoTracking().Where(e => !e.IsArchived).ToListAsync(ct);
            List<KnowledgeFaq> faqs = await db.KnowledgeFaqs.AsNoTracking().Where(f => !f.IsArchived).ToListAsync(ct);
            await transaction.CommitAsync(ct);
            if (revision < Current.Revision)
            {
                return;
            }

            List<KnowledgeItem> items =
            [
                .. calls.OrderBy(c => c.Id, StringComparer.Ordinal).Select(KnowledgeItem.From),
                .. events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(KnowledgeItem.From),
                .. faqs.OrderBy(f => f.Id, StringComparer.Ordinal).Select(KnowledgeItem.From),
            ];
            var snapshot = new KnowledgeSnapshot(revision, items);
            KnowledgeSnapshot previous = Interlocked.Exchange(ref _current, snapshot);
            Log.KnowledgeLoaded(logger, revision, calls.Count, events.Count, faqs.Count);
            if (!ReferenceEquals(previous, KnowledgeSnapshot.Empty))
            {
                // Turns still reading the previous snapshot finish within the turn timeout; dispose after that.
                _ = Task.Delay(TimeSpan.FromMinutes(1), CancellationToken.None).ContinueWith(_ => previous.Index.Dispose(), TaskScheduler.Default);
            }
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>
    /// Serves a validated folder straight from its files, when the database cannot be used (e.g. it is not
    /// migrated yet). Only while nothing was loaded from the database: any committed revision supersedes it.
    /// </summary>
    public void UseFiles(Import.KnowledgeFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (Current.Revision != 0)
        {
            return;
        }

        List<KnowledgeItem> items =
        [
            .. (files.Calls ?? []).Select(c => KnowledgeItem.From(c.Item)),
            .. (files.Events ?? []).Select(e => KnowledgeItem.From(e.Item)),
            .. (files.Faqs ?? []).Select(f => KnowledgeItem.From(f.Item)),
        ];
        Interlocked.Exchange(ref _current, new KnowledgeSnapshot(0, items));
        Log.KnowledgeServedFromFiles(logger, files.Source, items.Count);
    }

    public void Dispose()
    {
        _reload.Dispose();
        Current.Index.Dispose();
    }
}
