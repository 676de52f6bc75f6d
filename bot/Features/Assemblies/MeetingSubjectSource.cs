using System.Globalization;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// Convened meetings as reminder subjects: representatives are reminded of general assemblies, board
/// members of board meetings. Changes and cancellations reach them as updated convocations, so the
/// reminder sweep does not tell them a second time.
/// </summary>
internal sealed class MeetingSubjectSource(IDbContextFactory<BotDbContext> contexts) : IReminderSubjectSource
{
    public string Name => "meeting";

    /// <summary>What participants follow for a meeting.</summary>
    public static string ItemKey(int meetingId) => $"meeting:{meetingId.ToString(CultureInfo.InvariantCulture)}";

    public async Task<IReadOnlyList<ReminderSubjectInfo>> ListAsync(DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<Meeting> meetings = await db.Meetings.AsNoTracking().Where(m => m.FirstCallAt > dueAfter).ToListAsync(cancellationToken);
        return [.. meetings.Select(Info)];
    }

    public async Task<IReadOnlyList<ReminderSubjectInfo>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        List<int> ids = [.. keys.Select(k => k.Split(':')).Where(p => p.Length == 3 && p[1] == "start")
            .Select(p => int.TryParse(p[2], CultureInfo.InvariantCulture, out int id) ? id : 0).Where(id => id > 0)];
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<Meeting> meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        return [.. meetings.Select(Info)];
    }

    public async Task<IReadOnlyList<ReminderSubjectInfo>> SearchAsync(string text, DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReminderSubjectInfo> upcoming = await ListAsync(dueAfter, cancellationToken);
        return [.. upcoming.Where(s => !s.IsCancelled && (s.TitleIt.Contains(text, StringComparison.OrdinalIgnoreCase) || s.TitleEn.Contains(text, StringComparison.OrdinalIgnoreCase)))];
    }

    private static ReminderSubjectInfo Info(Meeting m) => new(
        $"meeting:start:{m.Id.ToString(CultureInfo.InvariantCulture)}",
        ItemKey(m.Id),
        ReminderKind.Meeting,
        MeetingCards.Title(m.Kind, "it"),
        MeetingCards.Title(m.Kind, "en"),
        m.FirstCallAt,
        m.Place ?? m.OnlineLink,
        m.Kind == MeetingKind.GeneralAssembly ? ReminderAudience.Representatives : ReminderAudience.Board,
        null,
        m.IsCancelled,
        NotifiesChangesItself: true);
}
