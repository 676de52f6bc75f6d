using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy.Contributors;

/// <summary>
/// Answers to convocations (attendance, proxies), staff state cards, meetings convened. Erasure keeps the answers
/// to meetings already held, on the anonymous tombstone with the organisation: the association must keep which
/// member organisation attended or was represented for the minutes, not who its representative was. Answers to
/// upcoming or cancelled meetings are withdrawn, proxies included (the organisation answers again through
/// another representative); a proxy other organisations gave to the person's organisation is theirs and stays.
/// </summary>
[PersonalData(typeof(MeetingResponse), typeof(MeetingStaffCard), typeof(Meeting))]
internal sealed class MeetingPersonalData(BotDbContext db, TimeProvider time) : IPersonalDataContributor
{
    public string Section => "meetings";

    public async Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken)
    {
        var answers = await (from r in db.MeetingResponses.AsNoTracking()
                             join m in db.Meetings on r.MeetingId equals m.Id
                             where r.PersonId == personId
                             orderby r.MeetingId
                             select new { r, m.Kind, m.FirstCallAt }).ToListAsync(cancellationToken);
        Dictionary<int, string> organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        List<int> convened = await db.Meetings.Where(m => m.ConvenedByPersonId == personId).OrderBy(m => m.Id)
            .Select(m => m.Id).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["answers"] = new JsonArray([.. answers.Select(a => new JsonObject
            {
                ["meetingId"] = a.r.MeetingId,
                ["meeting"] = a.Kind.ToString(),
                ["firstCallAt"] = a.FirstCallAt,
                ["answer"] = a.r.Answer.ToString(),
                ["organisation"] = a.r.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null,
                ["proxyTo"] = a.r.ProxyOrganisationId is { } p ? organisations.GetValueOrDefault(p) : null,
                ["answeredAt"] = a.r.AnsweredAt,
            })]),
            ["convened"] = new JsonArray([.. convened.Select(id => (JsonNode)id)]),
        };
    }

    public async Task EraseAsync(int personId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await db.MeetingResponses
            .Where(r => r.PersonId == personId && !db.Meetings.Any(m => m.Id == r.MeetingId && !m.IsCancelled && m.FirstCallAt <= now))
            .ExecuteDeleteAsync(cancellationToken);
        await db.MeetingStaffCards.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
    }
}
