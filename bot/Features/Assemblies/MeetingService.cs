using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// What staff and participants do to a meeting: convene, change, cancel, answer, withdraw. Every rule of
/// the statute that applies to an answer (proxies only between member organisations, at most N per holder,
/// no proxy of a proxy, none for the board) is checked here.
/// </summary>
internal sealed partial class MeetingService(BotDbContext db, MeetingDirectory directory, IOptions<AssemblyOptions> options, TimeProvider time)
{
    /// <summary>Convenes a new meeting, or applies a change to an existing one (a higher calendar sequence).</summary>
    /// <returns>The meeting, or null when the meeting to change does not exist or is cancelled.</returns>
    public async Task<Meeting?> ConveneAsync(ConvocationForm form, int staffPersonId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        DateTimeOffset now = time.GetUtcNow();
        Meeting? meeting;
        if (form.MeetingId is { } id)
        {
            meeting = await db.Meetings.Include(m => m.Agenda).FirstOrDefaultAsync(m => m.Id == id, ct);
            if (meeting is null || meeting.IsCancelled)
            {
                return null;
            }

            meeting.Sequence++;
            db.MeetingAgendaItems.RemoveRange(meeting.Agenda);
            meeting.Agenda.Clear();
        }
        else
        {
            meeting = new Meeting { Kind = form.Kind, Uid = $"{Guid.NewGuid():N}@clust-er-bot", ConvenedByPersonId = staffPersonId, ConvenedAt = now };
            db.Meetings.Add(meeting);
        }

        meeting.FirstCallAt = form.FirstCallAt;
        meeting.SecondCallAt = form.SecondCallAt;
        meeting.Place = form.Place;
        meeting.OnlineLink = form.OnlineLink;
        meeting.NoticeDays = form.NoticeDays;
        meeting.IsUrgent = form.IsUrgent;
        meeting.UpdatedAt = now;
        int position = 1;
        foreach ((string text, bool extraordinary) in form.Ordinary.Select(t => (t, false)).Concat(form.Extraordinary.Select(t => (t, true))))
        {
            meeting.Agenda.Add(new MeetingAgendaItem { Position = position++, Text = text, IsExtraordinary = extraordinary });
        }

        await db.SaveChangesAsync(ct);
        return meeting;
    }

    /// <summary>Cancels a meeting (one more calendar sequence, for the METHOD:CANCEL invitation).</summary>
    public async Task<Meeting?> CancelAsync(int meetingId, CancellationToken ct)
    {
        Meeting? meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.IsCancelled)
        {
            return null;
        }

        meeting.IsCancelled = true;
        meeting.Sequence++;
        meeting.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    /// <summary>Remembers the staff member's state card, to update it as answers arrive.</summary>
    public async Task RememberStaffCardAsync(int meetingId, int personId, string activityId, CancellationToken ct)
    {
        MeetingStaffCard? card = await db.MeetingStaffCards.FindAsync([meetingId, personId], ct);
        if (card is null)
        {
            db.MeetingStaffCards.Add(new MeetingStaffCard { MeetingId = meetingId, PersonId = personId, ActivityId = activityId });
        }
        else
        {
            card.ActivityId = activityId;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The statute's notice period for a kind of meeting.</summary>
    public int NoticeDays(MeetingKind kind) => kind == MeetingKind.GeneralAssembly ? options.Value.NoticeDays : options.Value.BoardNoticeDays;
}
