using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Conversation;

/// <summary>
/// Who is talking to the bot in this turn, resolved once by <see cref="MemberMiddleware"/>.
/// </summary>
/// <param name="PersonId">The directory id of the person.</param>
/// <param name="Name">The display name.</param>
/// <param name="Language">The language this turn's replies are written in (<c>it</c> or <c>en</c>).</param>
/// <param name="PreferredLanguage">The language the person chose, if any.</param>
/// <param name="TimeZoneId">The person's IANA time zone (Europe/Rome unless Teams told us another).</param>
/// <param name="Roles">The person's roles in the association.</param>
/// <param name="IsStaff">True for the association's staff (by role or by configured AAD object id).</param>
public sealed record MemberContext(
    int PersonId,
    string Name,
    string Language,
    string? PreferredLanguage,
    string TimeZoneId,
    PersonRoles Roles,
    bool IsStaff)
{
    /// <summary>The association's own time zone, the default for everyone.</summary>
    public const string DefaultTimeZone = "Europe/Rome";
}
