using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// Members' consent: every change appended with its time and source; the current choice is the latest
/// change, and silence means what the configured mode says.
/// </summary>
internal sealed class ConsentRegistry(IDbContextFactory<BotDbContext> contexts, IOptionsMonitor<ConsentOptions> options, TimeProvider time)
{
    /// <summary>Records a change; returns false when it changes nothing (already in that state).</summary>
    public async Task<bool> RecordAsync(int personId, ConsentTopic topic, bool granted, ConsentSource source, int? recordedBy, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        bool current = await IsGrantedAsync(db, personId, topic, ct);
        if (current == granted)
        {
            return false;
        }

        db.ConsentRecords.Add(new ConsentRecord
        {
            PersonId = personId, Topic = topic, Granted = granted, Source = source, RecordedByPersonId = recordedBy, RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>True when the person currently consents to <paramref name="topic"/>.</summary>
    public async Task<bool> IsGrantedAsync(int personId, ConsentTopic topic, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        return await IsGrantedAsync(db, personId, topic, ct);
    }

    /// <summary>Of <paramref name="candidates"/>, those who currently consent.</summary>
    public async Task<IReadOnlyList<int>> FilterAsync(ConsentTopic topic, IEnumerable<int> candidates, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        Dictionary<int, bool> latest = await LatestAsync(db, topic, ct);
        bool silence = Mode(topic) == ConsentMode.OptOut;
        return [.. candidates.Where(id => latest.TryGetValue(id, out bool granted) ? granted : silence)];
    }

    /// <summary>The configured mode of <paramref name="topic"/>.</summary>
    public ConsentMode Mode(ConsentTopic topic) =>
        topic == ConsentTopic.Newsletter ? options.CurrentValue.Newsletter : options.CurrentValue.Reminders;

    private async Task<bool> IsGrantedAsync(BotDbContext db, int personId, ConsentTopic topic, CancellationToken ct)
    {
        bool? latest = await db.ConsentRecords.Where(c => c.PersonId == personId && c.Topic == topic)
            .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefaultAsync(ct);
        return latest ?? Mode(topic) == ConsentMode.OptOut;
    }

    private static async Task<Dictionary<int, bool>> LatestAsync(BotDbContext db, ConsentTopic topic, CancellationToken ct)
    {
        // History is short per person: read (person, id, granted) ordered and keep the last of each.
        var rows = await db.ConsentRecords.AsNoTracking().Where(c => c.Topic == topic)
            .OrderBy(c => c.Id).Select(c => new { c.PersonId, c.Granted }).ToListAsync(ct);
        var latest = new Dictionary<int, bool>();
        foreach (var row in rows)
        {
            latest[row.PersonId] = row.Granted;
        }

        return latest;
    }
}
