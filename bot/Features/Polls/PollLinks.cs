using System.Globalization;
using System.Security.Cryptography;
using ClustER.Bot.Features.Assemblies;
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
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("ClustER.Bot.Polls.Links").ToTimeLimitedDataProtector();

    /// <summary>The invitation's address.</summary>
    public string InvitationUrl(int pollId)
    {
        string token = _protector.Protect(Payload(pollId), time.GetUtcNow() + options.Value.LinkLifetime);
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/polls/{pollId.ToString(CultureInfo.InvariantCulture)}/invite.ics?t={Uri.EscapeDataString(token)}";
    }

    /// <summary>True when <paramref name="token"/> is a valid, unexpired link to poll <paramref name="pollId"/>.</summary>
    public bool Verify(string? token, int pollId)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            return _protector.Unprotect(token, out DateTimeOffset expires) == Payload(pollId) && expires > time.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Payload(int pollId) => $"poll-ics|{pollId.ToString(CultureInfo.InvariantCulture)}";
}
