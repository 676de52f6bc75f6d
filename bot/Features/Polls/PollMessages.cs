using System.Text.Json.Nodes;
using ClustER.Bot.Localization;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Polls;

namespace ClustER.Bot.Features.Polls;

/// <summary>Writes each invitee's poll card, reminder and result in their language and time zone.</summary>
internal sealed class PollMessages(PollReader reader, PollService polls, PollLinks links, TimeProvider time) : IPollMessages
{
    public async Task<IReadOnlyList<int>> InviteesAsync(int pollId, CancellationToken cancellationToken) =>
        await reader.FindAsync(pollId, cancellationToken) is { } poll ? await reader.MembersAsync(poll.Priority, cancellationToken) : [];

    public async Task<IReadOnlyList<int>> NotVotedAsync(int pollId, CancellationToken cancellationToken)
    {
        HashSet<int> voted = [.. (await reader.VotesAsync(pollId, cancellationToken)).Select(v => v.PersonId)];
        return [.. (await InviteesAsync(pollId, cancellationToken)).Where(id => !voted.Contains(id))];
    }

    public async Task<bool> ReminderDueAsync(int pollId, CancellationToken cancellationToken)
    {
        MeetingPoll? poll = await reader.FindAsync(pollId, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();

        // A minute of slack: Hangfire's scheduler polls, so a job may start a little early or late.
        return poll is not null && poll.ClosedAt is null && poll.Deadline > now && poll.Deadline - now <= PollService.ReminderLead + TimeSpan.FromMinutes(1);
    }

    public Task<OutboundMessage?> ComposeInvitationAsync(int pollId, int personId, CancellationToken cancellationToken) =>
        ComposeAsync(pollId, personId, "Poll.Heading", onlyIfNotVoted: false, cancellationToken);

    public Task<OutboundMessage?> ComposeReminderAsync(int pollId, int personId, CancellationToken cancellationToken) =>
        ComposeAsync(pollId, personId, "Poll.Heading.Reminder", onlyIfNotVoted: true, cancellationToken);

    public Task<int?> CloseIfDueAsync(int pollId, CancellationToken cancellationToken) => polls.CloseIfDueAsync(pollId, cancellationToken);

    public async Task<OutboundMessage?> ComposeResultAsync(int pollId, int sequence, int personId, CancellationToken cancellationToken)
    {
        MeetingPoll? poll = await reader.FindAsync(pollId, cancellationToken);
        Person? person = await reader.PersonAsync(personId, cancellationToken);
        if (poll is null || person is null || poll.ResultSequence != sequence || poll.ChosenSlotId is null)
        {
            return null; // overridden since: the later run sends the current result
        }

        string lang = Language(person);
        (JsonNode card, string text) = PollCards.Result(await reader.ViewAsync(poll, reader.Viewer(person), cancellationToken), links.InvitationUrl(pollId), lang);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    /// <summary>The member's poll card as they see it now.</summary>
    public async Task<OutboundMessage?> ComposeAsync(int pollId, int personId, string headingKey, bool onlyIfNotVoted, CancellationToken ct)
    {
        MeetingPoll? poll = await reader.FindAsync(pollId, ct);
        Person? person = await reader.PersonAsync(personId, ct);
        if (poll is null || person is null)
        {
            return null;
        }

        PollView view = await reader.ViewAsync(poll, reader.Viewer(person), ct);
        if (onlyIfNotVoted && (view.Mine.Count > 0 || !view.IsOpen))
        {
            return null;
        }

        string lang = Language(person);
        (JsonNode card, string text) = PollCards.Voter(view, lang, headingKey);
        return new OutboundMessage(text, card.AsObject(), Languages.Locale(lang));
    }

    private static string Language(Person person) => Languages.FromLocale(person.PreferredLanguage) ?? Languages.Default;
}
