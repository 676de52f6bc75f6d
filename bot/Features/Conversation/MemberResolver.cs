using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Finds the directory person behind a Teams account, creating them on first contact, and keeps their
/// Teams id and time zone current. Results are cached briefly: every turn needs them, few turns change them.
/// </summary>
internal sealed class MemberResolver(IDbContextFactory<BotDbContext> contexts, IMemoryCache cache, IOptionsMonitor<StaffOptions> staff)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    /// <summary>The person behind the activity's sender, as a cached snapshot.</summary>
    public async Task<PersonSnapshot> ResolveAsync(Activity activity, CancellationToken ct)
    {
        ChannelAccount from = activity.From ?? throw new ArgumentException("The activity has no sender.", nameof(activity));
        string userId = from.Id ?? throw new ArgumentException("The sender has no id.", nameof(activity));
        string? timeZone = activity.LocalTimezone ?? TeamsChannelData.ClientInfo(activity, "timezone");
        string key = CacheKey(userId);
        if (cache.TryGetValue(key, out PersonSnapshot? cached) && cached is not null
            && (timeZone is null || timeZone == cached.TimeZone))
        {
            return cached;
        }

        Person person = await FindOrCreateAsync(userId, from, timeZone, ct);
        var snapshot = new PersonSnapshot(person.Id, person.Name, person.PreferredLanguage, person.TimeZone,
            person.Roles, IsStaff(person));
        cache.Set(key, snapshot, CacheFor);
        return snapshot;
    }

    /// <summary>Forgets the cached snapshot after the person changed (e.g. chose a language).</summary>
    public void Invalidate(string teamsUserId) => cache.Remove(CacheKey(teamsUserId));

    private async Task<Person> FindOrCreateAsync(string userId, ChannelAccount from, string? timeZone, CancellationToken ct)
    {
        // Only a cache miss opens a context: most turns never touch the database here.
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        string? aad = from.AadObjectId;
        Person? person = await db.People.FirstOrDefaultAsync(p => p.TeamsUserId == userId, ct)
            ?? (aad is null ? null : await db.People.FirstOrDefaultAsync(p => p.AadObjectId == aad, ct));
        if (person is null)
        {
            person = new Person { Name = string.IsNullOrWhiteSpace(from.Name) ? userId : from.Name, Roles = PersonRoles.Member };
            db.People.Add(person);
        }

        person.TeamsUserId = userId;
        person.AadObjectId ??= aad;
        if (timeZone is not null && IsKnownTimeZone(timeZone))
        {
            person.TimeZone = timeZone;
        }

        await db.SaveChangesAsync(ct);
        return person;
    }

    private bool IsStaff(Person person) =>
        person.Roles.HasFlag(PersonRoles.Staff)
        || (person.AadObjectId is { } aad && staff.CurrentValue.Lists(aad));

    private static bool IsKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static string CacheKey(string userId) => $"member|{userId}";
}

/// <summary>What a turn needs to know about a person, cached between turns.</summary>
internal sealed record PersonSnapshot(int Id, string Name, string? PreferredLanguage, string? TimeZone, PersonRoles Roles, bool IsStaff);
