using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Privacy;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// "Forget me" (GDPR art. 17): every <see cref="IPersonalDataContributor"/> erases its data in one database
/// transaction, so a failure half-way leaves everything as it was; then the bot's caches forget the person, so
/// their next message comes from a new, unknown person, and the staff notice is handed to Hangfire.
/// </summary>
/// <remarks>
/// Contributors must work on the scoped <see cref="BotDbContext"/> (the one this class opens the transaction on);
/// a contributor on a context of its own would escape the transaction and, on SQLite, wait for its lock.
/// </remarks>
internal sealed class PersonalDataErasure(
    BotDbContext db,
    IEnumerable<IPersonalDataContributor> contributors,
    MemberResolver members,
    ConversationCapture conversations,
    IBackgroundJobClient jobs,
    TimeProvider time,
    ILogger<PersonalDataErasure> logger)
{
    /// <summary>Erases <paramref name="personId"/>; <paramref name="requestedByStaffId"/> is the staff member who ran it for them.</summary>
    public async Task<ErasureOutcome> EraseAsync(int personId, int? requestedByStaffId, CancellationToken ct)
    {
        Person? person = await db.People.AsNoTracking().Include(p => p.Organisation).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return ErasureOutcome.Unknown;
        }

        List<string> conversationIds = await db.Conversations.Where(c => c.PersonId == personId).Select(c => c.ConversationId).ToListAsync(ct);
        DateTimeOffset now = time.GetUtcNow();
        await using (IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The claim makes erasure once-only: a second confirmation (or a concurrent one, serialised by the
            // transaction) finds the tombstone already marked and changes nothing, notifies no one.
            int claimed = await db.People.Where(p => p.Id == personId && p.ErasedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ErasedAt, now), ct);
            if (claimed == 0)
            {
                return ErasureOutcome.AlreadyErased;
            }

            foreach (IPersonalDataContributor contributor in contributors)
            {
                await contributor.EraseAsync(personId, ct);
            }

            await transaction.CommitAsync(ct);
        }

        if (person.TeamsUserId is { } teamsUserId)
        {
            members.Invalidate(teamsUserId);
        }

        foreach (string conversationId in conversationIds)
        {
            conversations.Forget(conversationId);
        }

        string? organisation = person.Organisation?.Name;
        jobs.Enqueue<NotifyErasureJob>(job => job.RunAsync(personId, now, organisation, requestedByStaffId, CancellationToken.None));
        Log.PersonErased(logger, personId, requestedByStaffId);
        return ErasureOutcome.Erased;
    }
}

/// <summary>What an erasure request came to.</summary>
internal enum ErasureOutcome
{
    /// <summary>The data was erased now.</summary>
    Erased,

    /// <summary>It had been erased before: nothing changed.</summary>
    AlreadyErased,

    /// <summary>No such person.</summary>
    Unknown,
}
