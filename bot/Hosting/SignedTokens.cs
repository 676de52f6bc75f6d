using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ClustER.Bot.Hosting;

/// <summary>
/// Time-limited data-protection tokens of one purpose, behind the bot's signed links (meeting invitations, survey
/// charts, poll invitations, data exports): what the token says cannot be edited, and it stops working at its expiry.
/// </summary>
internal sealed class SignedTokens(IDataProtectionProvider protection, string purpose, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(purpose).ToTimeLimitedDataProtector();

    /// <summary>A token carrying <paramref name="payload"/> until <paramref name="expires"/>.</summary>
    public string Protect(string payload, DateTimeOffset expires) => _protector.Protect(payload, expires);

    /// <summary>A token carrying <paramref name="payload"/> for <paramref name="lifetime"/> from now on the real clock.</summary>
    public string Protect(string payload, TimeSpan lifetime) => _protector.Protect(payload, lifetime);

    /// <summary>
    /// The payload of a genuine token not expired on the bot's clock either, or null for a missing, forged, edited or
    /// expired one.
    /// </summary>
    public string? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            string payload = _protector.Unprotect(token, out DateTimeOffset expires);
            return expires > time.GetUtcNow() ? payload : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
