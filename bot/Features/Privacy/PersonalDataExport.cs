using System.Text.Json.Nodes;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// Everything stored about a person (GDPR art. 15): one section per <see cref="IPersonalDataContributor"/>, plus
/// when it was generated and for which person. Built when the link is opened, never inside a turn.
/// </summary>
internal sealed class PersonalDataExport(BotDbContext db, IEnumerable<IPersonalDataContributor> contributors, TimeProvider time)
{
    /// <summary>The export of <paramref name="personId"/>, or null when the person is unknown or erased.</summary>
    public async Task<JsonObject?> BuildAsync(int personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.ErasedAt == null, ct))
        {
            return null;
        }

        var sections = new JsonObject();
        foreach (IPersonalDataContributor contributor in contributors.OrderBy(c => c.Section, StringComparer.Ordinal))
        {
            sections[contributor.Section] = await contributor.ExportAsync(personId, ct);
        }

        return new JsonObject
        {
            ["generatedAt"] = time.GetUtcNow(),
            ["personId"] = personId,
            ["sections"] = sections,
        };
    }
}
