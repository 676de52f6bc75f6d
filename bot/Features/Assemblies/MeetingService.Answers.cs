using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>Answers to a convocation.</summary>
internal sealed partial class MeetingService
{
    /// <summary>Records <paramref name="personId"/>'s answer; returns null when accepted, else the refusal (resource key and arguments).</summary>
    public async Task<FormError?> AnswerAsync(int meetingId, int personId, MeetingAnswer answer, int? proxyOrganisationId, CancellationToken ct)
    {
        Meeting? meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return new FormError("UnknownMeeting");
        }

        if (meeting.IsCancelled || meeting.FirstCallAt <= time.GetUtcNow())
        {
            return new FormError("Answer.Closed");
        }

        IReadOnlyList<Participant> participants = await directory.ParticipantsAsync(meeting.Kind, ct);
        Participant? me = participants.FirstOrDefault(p => p.PersonId == personId);
        if (me is null)
        {
            return new FormError("Answer.NotConvened");
        }

        if (answer == MeetingAnswer.Proxy && await CheckProxyAsync(meeting, me, participants, proxyOrganisationId, ct) is { } refusal)
        {
            return refusal;
        }

        MeetingResponse? response = await db.MeetingResponses.FindAsync([meetingId, personId], ct);
        if (response is null)
        {
            response = new MeetingResponse { MeetingId = meetingId, PersonId = personId };
            db.MeetingResponses.Add(response);
        }

        response.OrganisationId = me.OrganisationId;
        response.Answer = answer;
        response.ProxyOrganisationId = answer == MeetingAnswer.Proxy ? proxyOrganisationId : null;
        response.AnsweredAt = time.GetUtcNow();
        await FollowRemindersAsync(meetingId, personId, attending: answer is MeetingAnswer.InPerson or MeetingAnswer.Online, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Withdraws an answer (and so a proxy); the participant can answer again.</summary>
    public async Task<FormError?> WithdrawAsync(int meetingId, int personId, CancellationToken ct)
    {
        Meeting? meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return new FormError("UnknownMeeting");
        }

        if (meeting.IsCancelled || meeting.FirstCallAt <= time.GetUtcNow())
        {
            return new FormError("Answer.Closed");
        }

        await db.MeetingResponses.Where(r => r.MeetingId == meetingId && r.PersonId == personId).ExecuteDeleteAsync(ct);
        await FollowRemindersAsync(meetingId, personId, attending: true, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<FormError?> CheckProxyAsync(Meeting meeting, Participant me, IReadOnlyList<Participant> participants, int? holder, CancellationToken ct)
    {
        if (meeting.Kind != MeetingKind.GeneralAssembly)
        {
            return new FormError("Answer.NoProxyForBoard");
        }

        if (me.OrganisationId is null)
        {
            return new FormError("Answer.NoOrganisation");
        }

        if (holder is null)
        {
            return new FormError("Answer.ProxyMissing");
        }

        if (holder == me.OrganisationId)
        {
            return new FormError("Answer.ProxySelf");
        }

        Participant? holderRep = participants.FirstOrDefault(p => p.OrganisationId == holder);
        if (holderRep is null)
        {
            return new FormError("Answer.ProxyUnknown");
        }

        List<MeetingResponse> proxies = await db.MeetingResponses
            .Where(r => r.MeetingId == meeting.Id && r.Answer == MeetingAnswer.Proxy && r.PersonId != me.PersonId).ToListAsync(ct);
        if (proxies.Any(r => r.OrganisationId == holder))
        {
            return new FormError("Answer.ProxyChain", holderRep.OrganisationName);
        }

        int held = proxies.Count(r => r.ProxyOrganisationId == holder);
        int max = options.Value.MaxProxiesPerDelegate;
        return held >= max ? new FormError("Answer.ProxyFull", holderRep.OrganisationName, max) : null;
    }

    // Whoever will not attend (absent, or represented by a proxy) gets no "meeting in 1 hour" reminders.
    private async Task FollowRemindersAsync(int meetingId, int personId, bool attending, CancellationToken ct)
    {
        string itemKey = MeetingSubjectSource.ItemKey(meetingId);
        ReminderOptOut? optOut = await db.ReminderOptOuts.FindAsync([personId, itemKey], ct);
        if (attending && optOut is not null)
        {
            db.ReminderOptOuts.Remove(optOut);
        }
        else if (!attending && optOut is null)
        {
            db.ReminderOptOuts.Add(new ReminderOptOut { PersonId = personId, ItemKey = itemKey, CreatedAt = time.GetUtcNow() });
        }
    }
}
