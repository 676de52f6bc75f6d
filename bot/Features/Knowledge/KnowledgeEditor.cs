using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// Staff edits from chat: saves one validated call or event (origin <see cref="KnowledgeOrigin.Chat"/>), records
/// a revision and makes it live. The file import keeps such an edit until the file itself changes that item.
/// </summary>
internal sealed class KnowledgeEditor(BotDbContext db, KnowledgeImportGate gate, KnowledgeCatalog catalog, TimeProvider time)
{
    public Task<KnowledgeCall?> FindCallAsync(string id, CancellationToken ct) =>
        db.KnowledgeCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<KnowledgeEvent?> FindEventAsync(string id, CancellationToken ct) =>
        db.KnowledgeEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);

    /// <summary>Creates or replaces the call; true when it was new.</summary>
    public Task<bool> SaveCallAsync(KnowledgeCall call, int personId, CancellationToken ct) =>
        SaveAsync(db.KnowledgeCalls, call, KnowledgeImporter.CopyCall, personId, isCall: true, ct);

    /// <summary>Creates or replaces the event; true when it was new.</summary>
    public Task<bool> SaveEventAsync(KnowledgeEvent ev, int personId, CancellationToken ct) =>
        SaveAsync(db.KnowledgeEvents, ev, KnowledgeImporter.CopyEvent, personId, isCall: false, ct);

    private async Task<bool> SaveAsync<T>(DbSet<T> set, T item, Action<T, T> copy, int personId, bool isCall, CancellationToken ct)
        where T : KnowledgeEntity
    {
        ArgumentNullException.ThrowIfNull(item);
        DateTimeOffset now = time.GetUtcNow();
        bool created;
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            T? row = await set.FirstOrDefaultAsync(e => e.Id == item.Id, ct);
            created = row is null;
            if (row is null)
            {
                item.CreatedAt = now;
                row = item;
                set.Add(row);
            }
            else
            {
                copy(item, row);
            }

            row.Origin = KnowledgeOrigin.Chat;
            row.IsArchived = false;
            row.ArchivedAt = null;
            row.UpdatedAt = now;
            db.KnowledgeRevisions.Add(new KnowledgeRevision
            {
                Source = $"chat:{personId}", CommittedAt = now, Calls = isCall ? 1 : 0, Events = isCall ? 0 : 1,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        await catalog.ReloadAsync(db, ct);
        return created;
    }
}
