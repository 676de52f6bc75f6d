using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Localization;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// The staff's state cards: sent in a turn, remembered, and updated in place whenever an answer arrives,
/// so staff watch one card that stays current instead of a stream of messages.
/// </summary>
internal sealed class StaffCards(
    IDbContextFactory<BotDbContext> contexts,
    MeetingDirectory directory,
    MeetingLinks links,
    MeetingService meetings,
    IMessenger messenger,
    TimeProvider time,
    ILogger<StaffCards> logger)
{
    /// <summary>Sends the state card of <paramref name="meetingId"/> as a reply and remembers it for updates.</summary>
    public async Task SendAsync(TurnContext context, int meetingId, CancellationToken ct)
    {
        MemberContext member = context.Member();
        Meeting? meeting = await directory.FindAsync(meetingId, ct);
        if (meeting is null)
        {
            await context.SendTextAsync(AssembliesTexts.Texts.Get("UnknownMeeting", member.Language), ct);
            return;
        }

        (var card, string text) = await RenderAsync(meeting, member.Language, member.TimeZoneId, ct);
        ResourceResponse sent = await context.SendAsync(ActivityFactory.Card(card, text, context.ReplyLocale), ct);
        if (sent.Id is { Length: > 0 } activityId)
        {
            await meetings.RememberStaffCardAsync(meetingId, member.PersonId, activityId, ct);
        }
    }

    /// <summary>Updates every remembered state card of the meeting; a failed update is logged, never thrown.</summary>
    public async Task RefreshAsync(int meetingId, CancellationToken ct)
    {
        Meeting? meeting = await directory.FindAsync(meetingId, ct);
        if (meeting is null)
        {
            return;
        }

        await using BotDbContext db = await contexts.CreateDbContextAsync(ct);
        var cards = await db.MeetingStaffCards.AsNoTracking().Where(c => c.MeetingId == meetingId)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.PersonId, c.ActivityId, p.PreferredLanguage, p.TimeZone })
            .ToListAsync(ct);
        foreach (var staff in cards)
        {
            string lang = Languages.FromLocale(staff.PreferredLanguage) ?? Languages.Default;
            (var card, string text) = await RenderAsync(meeting, lang, staff.TimeZone ?? ConvocationForm.TimeZoneId, ct);
            DeliveryResult result = await messenger.UpdateAsync(staff.PersonId, staff.ActivityId, new OutboundMessage(text, card.AsObject(), Languages.Locale(lang)), ct);
            if (result.Outcome != DeliveryOutcome.Sent)
            {
                Log.StaffCardNotUpdated(logger, meetingId, staff.PersonId, result.Error);
            }
        }
    }

    private async Task<(System.Text.Json.Nodes.JsonNode Card, string Text)> RenderAsync(Meeting meeting, string lang, string timeZoneId, CancellationToken ct) =>
        MeetingCards.State(meeting, await directory.StateAsync(meeting, ct), links.AttendanceUrl(meeting.Id), time.GetUtcNow(), timeZoneId, lang);
}
