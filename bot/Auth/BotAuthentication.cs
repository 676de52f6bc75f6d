using System.Net;
using System.Security.Claims;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Auth;

/// <summary>
/// Inbound authentication of <c>/api/messages</c>: Bot Framework JWTs when an app id is configured,
/// otherwise the local anonymous mode, which accepts loopback callers only.
/// </summary>
/// <remarks>
/// Two steps, because what the token must match is in the body: the authentication handler checks the
/// token itself (401 when missing or invalid); after the body is parsed, <see cref="Authorize"/> checks the
/// token against the activity (403 when the serviceUrl or the signing key's endorsements do not fit).
/// Protocol: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication.
/// </remarks>
public static class BotAuthentication
{
    /// <summary>The authorization policy on <c>/api/messages</c>.</summary>
    public const string PolicyName = "BotFrameworkChannel";

    /// <summary>The claim carrying the Connector URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The claim carrying the token's issuer (claims are not renamed on the way in).</summary>
    public const string IssuerClaim = "iss";

    /// <summary>
    /// The authentication type of the identity the bot adds after validation, listing the channels the
    /// signing key is endorsed for. Only the bot creates it; the token's own claims never count as endorsements.
    /// </summary>
    public const string SigningKeyIdentityType = "ClustER.Bot.SigningKey";

    /// <summary>One channel id the signing key is endorsed for.</summary>
    public const string EndorsementClaim = "urn:clust-er-bot:key-endorsement";

    /// <summary>
    /// Decides whether an authenticated request may deliver <paramref name="activity"/>: always in the
    /// local anonymous mode (the caller was already required to be on loopback), otherwise only when the
    /// token names the activity's serviceUrl and its signing key is endorsed for the activity's channel.
    /// </summary>
    public static ActivityAuthorization Authorize(ClaimsPrincipal user, Activity activity, bool localAnonymousMode)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(activity);
        if (localAnonymousMode)
        {
            return ActivityAuthorization.Allowed;
        }

        if (!ServiceUrlMatchesToken(user, activity.ServiceUrl, localAnonymousMode: false))
        {
            return ActivityAuthorization.ServiceUrlMismatch;
        }

        string? issuer = user.FindFirst(IssuerClaim)?.Value;
        return BotTokenValidation.IsEndorsedForChannel(issuer, KeyEndorsements(user), activity.ChannelId)
            ? ActivityAuthorization.Allowed
            : ActivityAuthorization.ChannelNotEndorsed;
    }

    /// <summary>
    /// True when the activity may be processed: in the local anonymous mode always, otherwise only when the
    /// token's <c>serviceurl</c> claim names the activity's serviceUrl.
    /// </summary>
    public static bool ServiceUrlMatchesToken(ClaimsPrincipal user, string? activityServiceUrl, bool localAnonymousMode)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (localAnonymousMode)
        {
            return true;
        }

        string? claimed = user.FindFirst(ServiceUrlClaim)?.Value;
        return claimed is not null && activityServiceUrl is not null && SameServiceUrl(claimed, activityServiceUrl);
    }

    /// <summary>Service URLs compare case-insensitively and regardless of a trailing slash.</summary>
    public static bool SameServiceUrl(string a, string b) =>
        string.Equals(a?.TrimEnd('/'), b?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The channels the token's signing key is endorsed for, or null when the key declares no endorsements
    /// (Entra ID keys do not).
    /// </summary>
    public static IReadOnlyList<string>? KeyEndorsements(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ClaimsIdentity? identity = user.Identities.FirstOrDefault(i => i.AuthenticationType == SigningKeyIdentityType);
        return identity is null ? null : [.. identity.FindAll(EndorsementClaim).Select(c => c.Value)];
    }

    /// <summary>The identity that records the signing key's endorsements, added after validation.</summary>
    internal static ClaimsIdentity SigningKeyIdentity(IEnumerable<string> endorsements) =>
        new(endorsements.Select(e => new Claim(EndorsementClaim, e)), SigningKeyIdentityType);

    /// <summary>True for a request from this machine (the only callers allowed in the local anonymous mode).</summary>
    internal static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip
            ? IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip)
            : http.Connection.LocalIpAddress is null; // an in-memory test server has no addresses at all
}
