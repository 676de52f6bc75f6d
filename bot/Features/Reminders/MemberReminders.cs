using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// One member's reminders: what they follow and what comes next, and their choices (follow, stop, mute a
/// kind, own offsets). The sweep reads the same rows, so a change applies from the next minute.
/// </summary>
internal sealed class MemberReminders(BotDbContext db, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <summary>The upcoming subjects the member follows, soonest first.</summary>
    public async Task<IReadOnlyList<FollowedSubject>> ListAsync(int personId, CancellationToken ct)
    {
        DateTimeOffset now = time.GetUtcNow();
        Person person = await db.People.AsNoTracking().FirstAsync(p => p.Id == personId, ct);
        List<int> priorities = await db.WorkingGroupMemberships.Where(m => m.PersonId == personId).Select(m => m.Priority).ToListAsync(ct);
        Dictionary<string, DateTimeOffset> subscriptions = await db.ReminderSubscriptions.Where(s => s.PersonId == personId)
            .ToDictionaryAsync(s => s.ItemKey, s => s.CreatedAt, StringComparer.Ordinal, ct);
        HashSet<string> optedOut = [.. await db.ReminderOptOuts.Where(o => o.PersonId == personId).Select(o => o.ItemKey).ToListAsync(ct)];
        Dictionary<ReminderKind, ReminderPreference> preferences = await PreferencesAsync(personId, ct);
        List<ReminderSubject> upcoming = await db.ReminderSubjects.AsNoTracking().Where(s => !s.IsCancelled && s.DueAt > now)
            .OrderBy(s => s.DueAt).ToListAsync(ct);
        ReminderOptions settings = options.Value;
        TimeZoneInfo zone = ReminderTime.Zone(person.TimeZone ?? settings.DefaultTimeZone);
        var followed = new List<FollowedSubject>();
        foreach (ReminderSubject subject in upcoming)
        {
            bool inAudience = subject.Audience switch
            {
                ReminderAudience.Representatives => person.Roles.HasFlag(PersonRoles.Representative),
                ReminderAudience.Board => person.Roles.HasFlag(PersonRoles.Board),
                ReminderAudience.WorkingGroups => subject.Priorities.Split(',').Any(p => priorities.Contains(int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))),
                _ => false,
            };
            bool subscribed = subscriptions.TryGetValue(subject.ItemKey, out DateTimeOffset since);
            if ((!inAudience && !subscribed) || optedOut.Contains(subject.ItemKey))
            {
                continue;
            }

            preferences.TryGetValue(subject.Kind, out ReminderPreference? preference);
            IReadOnlyList<TimeSpan> offsets = OffsetsFor(subject.Kind, preference);
            DateTimeOffset from = !inAudience && since > subject.ScheduleFrom ? since : subject.ScheduleFrom;
            DateTimeOffset? next = preference?.IsMuted == true ? null : offsets
                .Select(o => ReminderClock.FireTime(subject.DueAt, o, zone, settings.QuietHoursStart, settings.QuietHoursEnd))
                .Where(f => f > now && f > from).Order().Cast<DateTimeOffset?>().FirstOrDefault();
            followed.Add(new FollowedSubject(subject, next, preference?.IsMuted == true));
        }

        return followed;
    }

    /// <summary>The member's preference per kind (only kinds they changed).</summary>
    public Task<Dictionary<ReminderKind, ReminderPreference>> PreferencesAsync(int personId, CancellationToken ct) =>
        db.ReminderPreferences.AsNoTracking().Where(p => p.PersonId == personId).ToDictionaryAsync(p => p.Kind, ct);

    /// <summary>The offsets that apply for a kind given the member's preference.</summary>
    public IReadOnlyList<TimeSpan> OffsetsFor(ReminderKind kind, ReminderPreference? preference) =>
        preference?.Offsets is { } own && ReminderOffsets.TryParse(own, out IReadOnlyList<TimeSpan> parsed) ? parsed : options.Value.DefaultOffsets(kind);

    /// <summary>Follows an item: subscribes, and lifts an earlier "stop" and a mute of its kind.</summary>
    public async Task<FollowOutcome> FollowAsync(int personId, string itemKey, ReminderKind kind, CancellationToken ct)
    {
        bool wasFollowing = await db.ReminderSubscriptions.AnyAsync(s => s.PersonId == personId && s.ItemKey == itemKey, ct);
        if (!wasFollowing)
        {
            db.ReminderSubscriptions.Add(new ReminderSubscription { PersonId = personId, ItemKey = itemKey, CreatedAt = time.GetUtcNow() });
        }

        await db.ReminderOptOuts.Where(o => o.PersonId == personId && o.ItemKey == itemKey).ExecuteDeleteAsync(ct);
        ReminderPreference? preference = await db.ReminderPreferences.FindAsync([personId, kind], ct);
        bool wasMuted = preference?.IsMuted == true;
        if (preference is not null)
        {
            preference.IsMuted = false;
        }

        await db.SaveChangesAsync(ct);
        return new FollowOutcome(wasFollowing, wasMuted);
    }

    /// <summary>Stops the reminders of an item for the member, whether they subscribed or belong to its audience.</summary>
    public async Task StopAsync(int personId, string itemKey, CancellationToken ct)
    {
        await db.ReminderSubscriptions.Where(s => s.PersonId == personId && s.ItemKey == itemKey).ExecuteDeleteAsync(ct);
        if (!await db.ReminderOptOuts.AnyAsync(o => o.PersonId == personId && o.ItemKey == itemKey, ct))
        {
            db.ReminderOptOuts.Add(new ReminderOptOut { PersonId = personId, ItemKey = itemKey, CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Mutes or unmutes a kind.</summary>
    public async Task SetMutedAsync(int personId, ReminderKind kind, bool muted, CancellationToken ct)
    {
        ReminderPreference preference = await PreferenceAsync(personId, kind, ct);
        preference.IsMuted = muted;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the member's own offsets for a kind (null = back to the defaults).</summary>
    public async Task SetOffsetsAsync(int personId, ReminderKind kind, IReadOnlyList<TimeSpan>? offsets, CancellationToken ct)
    {
        ReminderPreference preference = await PreferenceAsync(personId, kind, ct);
        // The defaults are stored as "no choice", so a later change of the configured defaults still applies.
        preference.Offsets = offsets is null || offsets.SequenceEqual(options.Value.DefaultOffsets(kind)) ? null : ReminderOffsets.Format(offsets);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ReminderPreference> PreferenceAsync(int personId, ReminderKind kind, CancellationToken ct)
    {
        ReminderPreference? preference = await db.ReminderPreferences.FindAsync([personId, kind], ct);
        if (preference is null)
        {
            preference = new ReminderPreference { PersonId = personId, Kind = kind };
            db.ReminderPreferences.Add(preference);
        }

        return preference;
    }
}

/// <summary>A subject a member follows, with their next reminder (null: none left, or muted).</summary>
internal sealed record FollowedSubject(ReminderSubject Subject, DateTimeOffset? NextReminder, bool IsMuted);

/// <summary>What following an item changed.</summary>
/// <param name="WasFollowing">The member already followed the item: nothing new was subscribed.</param>
/// <param name="WasMuted">The item's kind had been muted (and is no longer).</param>
internal sealed record FollowOutcome(bool WasFollowing, bool WasMuted);
