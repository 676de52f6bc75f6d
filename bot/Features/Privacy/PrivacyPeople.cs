using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// Finds the members staff act for, and keeps personal data to private chats. Only staff act for someone else:
/// <see cref="StaffOnly{TFeature}"/> of <see cref="PrivacyFeature"/>.
/// </summary>
internal sealed class PrivacyPeople(BotDbContext db)
{
    /// <summary>At most this many people share one mailbox in practice; more means a typo in a domain.</summary>
    private const int MaxMatches = 5;

    /// <summary>
    /// True in a group chat or channel, after answering that personal data is handled in private chats only: an
    /// export link or a confirmation card posted there would be seen by everyone in it.
    /// </summary>
    public static async Task<bool> RefuseInGroupAsync(TurnContext context, CancellationToken ct)
    {
        if (!context.IsGroupConversation)
        {
            return false;
        }

        await context.AcknowledgeCardActionAsync(PrivacyTexts.Texts.Get("PersonalOnly", context.Member().Language), ct);
        return true;
    }

    /// <summary>The people (not erased) with this e-mail address, compared case-insensitively.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> FindByEmailAsync(string email, CancellationToken ct)
    {
        string wanted = email.Trim().ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // Translated to SQL LOWER(): the culture overloads are not.
        var found = await db.People.Where(p => p.ErasedAt == null && p.Email != null && p.Email.ToLower() == wanted)
#pragma warning restore CA1862, CA1304, CA1311
            .OrderBy(p => p.Id).Take(MaxMatches).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return [.. found.Select(p => (p.Id, p.Name))];
    }
}
