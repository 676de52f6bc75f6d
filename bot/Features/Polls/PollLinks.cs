using System.Globalization;
using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// Signed, expiring links to a closed poll's calendar invitation, for the same reason as
/// <see cref="MeetingLinks"/> (Teams bots cannot attach files without a consent dialog): the token names the poll.
/// The bot's address and the link lifetime are the assemblies' settings, one for the whole bot.
/// </summary>
internal sealed class PollLinks(IDataProtectionProvider protection, IOptions<AssemblyOptions> options, TimeProvider time)
{
    private readonly SignedTokens _tokens = new(protection, "ClustER.Bot.Polls.Links", time);

    /// <summary>The invitation's address.</summary>
    public string InvitationUrl(int pollId)
    {
        string token = _tokens.Protect(Payload(pollId), time.GetUtcNow() + options.Value.LinkLifetime);
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/polls/{pollId.ToString(CultureInfo.InvariantCulture)}/invite.ics?t={Uri.EscapeDataString(token)}";
    }

    /// <summary>True when <paramref name="token"/> is a valid, unexpired link to poll <paramref name="pollId"/>.</summary>
    public bool Verify(string? token, int pollId) => _tokens.Unprotect(token) == Payload(pollId);

    private static string Payload(int pollId) => $"poll-ics|{pollId.ToString(CultureInfo.InvariantCulture)}";
}
