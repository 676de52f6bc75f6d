using ClustER.Bot.Localization;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Assemblies;
using ClustER.Jobs.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>Writes each participant's convocation card (and the reminder to answer) in their language and time zone.</summary>
internal sealed class MeetingMessages(
    IDbContextFactory<BotDbContext> contexts,
    MeetingDirectory directory,
    MeetingLinks links,
    IOptions<AssemblyOptions> options,
    TimeProvider time) : IMeetingMessages
{
    public async Task<IReadOnlyList<int>> ParticipantsAsync(int meetingId, CancellationToken cancellationToken)
    {
        Meeting? meeting = await directory.FindAsync(meetingId, cancellationToken);
        return meeting is null ? [] : [.. (await directory.ParticipantsAsync(meeting.Kind, cancellationToken)).Select(p => p.PersonId)];
    }

    public async Task<IReadOnlyList<int>> NotAnsweredAsync(int meetingId, CancellationToken cancellationToken)
    {
        HashSet<int> answered = [.. (await directory.ResponsesAsync(meetingId, cancellationToken)).Select(r => r.PersonId)];
        return [.. (await ParticipantsAsync(meetingId, cancellationToken)).Where(id => !answered.Contains(id))];
    }

    public async Task<OutboundMessage?> ComposeConvocationAsync(int meetingId, int sequence, int personId, CancellationToken cancellationToken)
    {
        Meeting? meeting = await directory.FindAsync(meetingId, cancellationToken);
        if (meeting is null || meeting.Sequence != sequence)
        {
            return null; // changed again since: the later change's run sends the current convocation
        }

        return await ComposeAsync(meeting, personId, sequence == 0 ? "Convocation.Heading" : "Convocation.Heading.Changed", cancellationToken);
    }

    public async Task<OutboundMessage?> ComposeAnswerReminderAsync(int meetingId, int personId, CancellationToken cancellationToken)
    {
        Meeting? meeting = await directory.FindAsync(meetingId, cancellationToken);
        bool answered = (await directory.ResponsesAsync(meetingId, cancellationToken)).Any(r => r.PersonId == personId);
        return meeting is null || meeting.IsCancelled || answered || meeting.FirstCallAt <= time.GetUtcNow()
            ? null
            : await ComposeAsync(meeting, personId, "Convocation.Heading.Reminder", cancellationToken);
    }

    /// <summary>The convocation card of <paramref name="meeting"/> as <paramref name="personId"/> sees it now.</summary>
    public async Task<OutboundMessage?> ComposeAsync(Meeting meeting, int personId, string headingKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        Person? person = await db.People.AsNoTracking().Include(p => p.Organisation).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return null;
        }

        string lang = Languages.FromLocale(person.PreferredLanguage) ?? Languages.Default;
        (var card, string text) = MeetingCards.Convocation(await ViewAsync(meeting, person, headingKey, ct), lang);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    private async Task<ConvocationView> ViewAsync(Meeting meeting, Person person, string headingKey, CancellationToken ct)
    {
        IReadOnlyList<Participant> participants = await directory.ParticipantsAsync(meeting.Kind, ct);
        MeetingResponse? response = (await directory.ResponsesAsync(meeting.Id, ct)).FirstOrDefault(r => r.PersonId == person.Id);
        IReadOnlyDictionary<int, string> names = await directory.OrganisationNamesAsync(ct);
        List<(int Id, string Name)> choices = [.. participants
            .Where(p => p.OrganisationId is not null && p.OrganisationId != person.OrganisationId)
            .Select(p => (p.OrganisationId!.Value, p.OrganisationName ?? "?")).Distinct().OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
        string? holder = response?.ProxyOrganisationId is { } h && names.TryGetValue(h, out string? n) ? n : null;
        return new ConvocationView(meeting, person.TimeZone ?? ConvocationForm.TimeZoneId, person.Organisation?.Name, response, holder, choices,
            options.Value.MaxProxiesPerDelegate, links.InvitationUrl(meeting.Id), meeting.FirstCallAt > time.GetUtcNow(), headingKey);
    }
}
