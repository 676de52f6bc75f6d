using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Reminders;

/// <summary>Who gets a subject's reminders.</summary>
internal sealed partial class EfReminderStore
{
    public async Task<IReadOnlyList<ReminderRecipient>> ListRecipientsAsync(string subjectKey, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        ReminderSubject? subject = await db.ReminderSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.Key == subjectKey, cancellationToken);
        if (subject is null)
        {
            return [];
        }

        // Members of the audience follow it from the start; subscribers from when they asked.
        Dictionary<int, DateTimeOffset?> followers = [];
        foreach (int id in await AudienceAsync(db, subject, cancellationToken))
        {
            followers[id] = null;
        }

        foreach (var s in await db.ReminderSubscriptions.Where(s => s.ItemKey == subject.ItemKey)
            .Select(s => new { s.PersonId, s.CreatedAt }).ToListAsync(cancellationToken))
        {
            followers.TryAdd(s.PersonId, s.CreatedAt);
        }

        // Reminders honour the member's consent (Consent:Reminders opt-in or opt-out) before any per-item choice.
        HashSet<int> consenting = [.. await consent.FilterAsync(ConsentTopic.Reminders, followers.Keys, cancellationToken)];
        HashSet<int> optedOut = [.. await db.ReminderOptOuts.Where(o => o.ItemKey == subject.ItemKey).Select(o => o.PersonId).ToListAsync(cancellationToken)];
        Dictionary<int, ReminderPreference> preferences = await db.ReminderPreferences.AsNoTracking()
            .Where(p => p.Kind == subject.Kind).ToDictionaryAsync(p => p.PersonId, cancellationToken);
        Dictionary<int, string?> zones = await db.People.AsNoTracking().Where(p => followers.Keys.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.TimeZone, cancellationToken);
        ReminderOptions settings = options.Value;
        IReadOnlyList<TimeSpan> defaults = settings.DefaultOffsets(subject.Kind);
        var recipients = new List<ReminderRecipient>(followers.Count);
        foreach ((int personId, DateTimeOffset? since) in followers)
        {
            if (!consenting.Contains(personId) || optedOut.Contains(personId) || !zones.TryGetValue(personId, out string? zone))
            {
                continue;
            }

            preferences.TryGetValue(personId, out ReminderPreference? preference);
            if (preference?.IsMuted == true)
            {
                continue;
            }

            IReadOnlyList<TimeSpan> offsets = preference?.Offsets is { } own && ReminderOffsets.TryParse(own, out IReadOnlyList<TimeSpan> parsed)
                ? parsed : defaults;
            recipients.Add(new ReminderRecipient(personId, zone ?? settings.DefaultTimeZone, since, offsets));
        }

        return recipients;
    }

    private static async Task<List<int>> AudienceAsync(BotDbContext db, ReminderSubject subject, CancellationToken ct)
    {
        switch (subject.Audience)
        {
            case ReminderAudience.Representatives:
                return await db.People.Where(p => (p.Roles & PersonRoles.Representative) != 0).Select(p => p.Id).ToListAsync(ct);
            case ReminderAudience.Board:
                return await db.People.Where(p => (p.Roles & PersonRoles.Board) != 0).Select(p => p.Id).ToListAsync(ct);
            case ReminderAudience.WorkingGroups:
                List<int> priorities = [.. subject.Priorities.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
                return await db.WorkingGroupMemberships.Where(m => priorities.Contains(m.Priority)).Select(m => m.PersonId).Distinct().ToListAsync(ct);
            default:
                return [];
        }
    }
}
