using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// Signed, expiring links to a person's data export. The token (ASP.NET Core data protection, time-limited) names
/// the person, so a link cannot be edited into someone else's export, and stops working after
/// <see cref="PrivacyOptions.ExportLinkLifetime"/>.
/// </summary>
internal sealed class ExportLinks(IDataProtectionProvider protection, IOptions<PrivacyOptions> options, TimeProvider time)
{
    /// <summary>The route served by <see cref="ExportEndpoint"/>.</summary>
    public const string Route = "/privacy/export";

    private const string Purpose = "export";

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("ClustER.Bot.Privacy.Export").ToTimeLimitedDataProtector();

    /// <summary>The export link of <paramref name="personId"/> and when it expires.</summary>
    public (string Url, DateTimeOffset Expires) Create(int personId)
    {
        DateTimeOffset expires = time.GetUtcNow() + options.Value.ExportLinkLifetime;
        string token = _protector.Protect(Payload(personId), expires);
        return ($"{options.Value.PublicBaseUrl.TrimEnd('/')}{Route}?t={Uri.EscapeDataString(token)}", expires);
    }

    /// <summary>The person a valid, unexpired token names, or null for a forged, edited or expired one.</summary>
    public int? Verify(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            string payload = _protector.Unprotect(token, out DateTimeOffset expires);
            string[] parts = payload.Split('|');
            return expires > time.GetUtcNow() && parts is [Purpose, string id]
                && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int personId) ? personId : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string Payload(int personId) => $"{Purpose}|{personId.ToString(CultureInfo.InvariantCulture)}";
}
