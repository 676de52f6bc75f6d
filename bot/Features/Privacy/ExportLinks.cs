using System.Globalization;
using ClustER.Bot.Hosting;
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

    private readonly SignedTokens _tokens = new(protection, "ClustER.Bot.Privacy.Export", time);

    /// <summary>The export link of <paramref name="personId"/> and when it expires.</summary>
    public (string Url, DateTimeOffset Expires) Create(int personId)
    {
        DateTimeOffset expires = time.GetUtcNow() + options.Value.ExportLinkLifetime;
        string token = _tokens.Protect(Payload(personId), expires);
        return ($"{options.Value.PublicBaseUrl.TrimEnd('/')}{Route}?t={Uri.EscapeDataString(token)}", expires);
    }

    /// <summary>The person a valid, unexpired token names, or null for a forged, edited or expired one.</summary>
    public int? Verify(string? token) =>
        _tokens.Unprotect(token)?.Split('|') is [Purpose, string id]
            && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int personId) ? personId : null;

    private static string Payload(int personId) => $"{Purpose}|{personId.ToString(CultureInfo.InvariantCulture)}";
}
