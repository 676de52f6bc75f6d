using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// A person's meeting-poll votes and the polls they created, for "my data" and "forget me". Erasure deletes the
/// votes; a poll they created stays linked to the anonymised person (the tombstone holds no personal data), as
/// the meetings convened by staff do.
/// </summary>
[PersonalData(typeof(MeetingPollVote), typeof(MeetingPoll))]
internal sealed class PollPersonalData(BotDbContext db) : IPersonalDataContributor
{
    public string Section => "meeting-polls";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        var votes = await db.MeetingPollVotes.AsNoTracking().Where(v => v.PersonId == personId)
            .Join(db.MeetingPollSlots, v => v.SlotId, s => s.Id, (v, s) => new { v.PollId, s.StartsAt, s.DurationMinutes, v.Answer, v.UpdatedAt })
            .ToListAsync(cancellationToken);
        var created = await db.MeetingPolls.AsNoTracking().Where(p => p.CreatedByPersonId == personId).OrderBy(p => p.Id)
            .Select(p => new { p.Title, p.Priority, p.CreatedAt }).ToListAsync(cancellationToken);
        if (votes.Count == 0 && created.Count == 0)
        {
            return null;
        }

        Dictionary<int, string> titles = await db.MeetingPolls.AsNoTracking().Where(p => votes.Select(v => v.PollId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        return new JsonObject
        {
            ["pollsCreated"] = new JsonArray([.. created.Select(p => (JsonNode)new JsonObject { ["title"] = p.Title, ["workingGroup"] = p.Priority, ["createdAt"] = p.CreatedAt })]),
            ["votes"] = new JsonArray([.. votes.OrderBy(v => v.PollId).ThenBy(v => v.StartsAt).Select(v => (JsonNode)new JsonObject
        {
            ["poll"] = titles.GetValueOrDefault(v.PollId),
            ["slotStart"] = v.StartsAt,
            ["durationMinutes"] = v.DurationMinutes,
            ["answer"] = v.Answer.ToString(),
            ["updatedAt"] = v.UpdatedAt,
        })]),
        };
    }

    /// <summary>
    /// Deletes the votes and recounts the polls they were in: the tallies lose them, closed polls keep the slot
    /// already chosen. It runs inside the erasure's transaction.
    /// </summary>
    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        List<int> polls = await db.MeetingPollVotes.Where(v => v.PersonId == personId).Select(v => v.PollId).Distinct().ToListAsync(cancellationToken);
        await db.MeetingPollVotes.Where(v => v.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await PollCounters.RecountAsync(db, polls, cancellationToken);
    }
}
