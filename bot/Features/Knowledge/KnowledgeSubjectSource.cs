using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// The stored knowledge as reminder subjects: each call's submission deadline, each event's start and its
/// registration deadline. The sweep reads these rows every run, so an import that moves an item moves its
/// reminders, and one that archives or removes it cancels them.
/// </summary>
/// <remarks>
/// Members follow an item (<c>call:ID</c>, <c>event:ID</c>) with "Remind me"; working-group members also
/// follow their groups' meetings. General assemblies and board meetings listed as events go to those who
/// asked only: their participants are reminded by the meeting convened through the bot, never twice.
/// </remarks>
internal sealed class KnowledgeSubjectSource(IDbContextFactory<BotDbContext> contexts) : IReminderSubjectSource
{
    private const string CallDeadline = "call-deadline";
    private const string EventStart = "event-start";
    private const string EventRegistration = "event-registration";

    public string Name => "knowledge";

    /// <summary>What members follow for a knowledge item.</summary>
    public static string ItemKey(KnowledgeKind kind, string id) => $"{KindNames.Of(kind)}:{id}";

    public async Task<IReadOnlyList<ReminderSubjectInfo>> ListAsync(DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReminderSubjectInfo> all = await SubjectsAsync(null, null, cancellationToken);
        return [.. all.Where(s => s.DueAt > dueAfter)];
    }

    public async Task<IReadOnlyList<ReminderSubjectInfo>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var wanted = keys.Select(k => k.Split(':', 3)).Where(p => p.Length == 3 && p[0] == Name).ToList();
        List<string> calls = [.. wanted.Where(p => p[1] == CallDeadline).Select(p => p[2])];
        List<string> events = [.. wanted.Where(p => p[1] is EventStart or EventRegistration).Select(p => p[2])];
        HashSet<string> keySet = [.. keys];
        return [.. (await SubjectsAsync(calls, events, cancellationToken)).Where(s => keySet.Contains(s.Key))];
    }

    public async Task<IReadOnlyList<ReminderSubjectInfo>> SearchAsync(string text, DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReminderSubjectInfo> upcoming = await ListAsync(dueAfter, cancellationToken);
        return [.. upcoming.Where(s => !s.IsCancelled && s.TitleIt.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The subjects of the calls and events with these ids (null: all of them).</summary>
    private async Task<IReadOnlyList<ReminderSubjectInfo>> SubjectsAsync(List<string>? callIds, List<string>? eventIds, CancellationToken ct)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        // A few hundred rows at most; dates are compared here, not in SQL, so both providers agree.
        List<KnowledgeCall> calls = await db.KnowledgeCalls.AsNoTracking()
            .Where(c => c.Deadline != null && (callIds == null || callIds.Contains(c.Id))).ToListAsync(ct);
        List<KnowledgeEvent> events = await db.KnowledgeEvents.AsNoTracking()
            .Where(e => eventIds == null || eventIds.Contains(e.Id)).ToListAsync(ct);
        var subjects = new List<ReminderSubjectInfo>(calls.Count + events.Count);
        subjects.AddRange(calls.Select(c => new ReminderSubjectInfo(
            $"{Name}:{CallDeadline}:{c.Id}", ItemKey(KnowledgeKind.Call, c.Id), ReminderKind.CallDeadline,
            c.Title, c.Title, c.Deadline!.Value, c.Url, ReminderAudience.Subscribers, c.Priorities, c.IsArchived)));
        foreach (KnowledgeEvent e in events)
        {
            bool workingGroup = e.Kind == "wg-meeting";
            bool meeting = workingGroup || e.Kind is "general-assembly" or "board-meeting";
            subjects.Add(new ReminderSubjectInfo(
                $"{Name}:{EventStart}:{e.Id}", ItemKey(KnowledgeKind.Event, e.Id), meeting ? ReminderKind.Meeting : ReminderKind.Event,
                e.Title, e.Title, e.Start, e.Location ?? e.Online,
                workingGroup && e.Priorities.Count > 0 ? ReminderAudience.WorkingGroups : ReminderAudience.Subscribers, e.Priorities, e.IsArchived));
            if (e.RegistrationDeadline is { } registration)
            {
                subjects.Add(new ReminderSubjectInfo(
                    $"{Name}:{EventRegistration}:{e.Id}", ItemKey(KnowledgeKind.Event, e.Id), ReminderKind.RegistrationDeadline,
                    e.Title, e.Title, registration, e.RegistrationUrl, ReminderAudience.Subscribers, e.Priorities, e.IsArchived));
            }
        }

        return subjects;
    }
}
