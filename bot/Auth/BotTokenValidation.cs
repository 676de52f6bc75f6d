using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ClustER.Bot.Auth;

/// <summary>
/// The decisions of inbound JWT validation, as pure functions: which issuers are trusted, where their
/// signing keys are published, which keys a token may be signed with, and what a key is endorsed for.
/// </summary>
/// <remarks>
/// Constants: botbuilder-dotnet <c>AuthenticationConstants</c> (ToBotFromChannelTokenIssuer,
/// AllowedSigningAlgorithms); Entra issuers: https://learn.microsoft.com/entra/identity-platform/access-tokens.
/// </remarks>
internal static class BotTokenValidation
{
    /// <summary>The issuer of tokens the Bot Framework channels send.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>How far token lifetimes may be off (the Bot Framework allows five minutes).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The signature algorithms channel tokens may use.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>The JWK field listing the channels a Bot Framework key is endorsed for.</summary>
    public const string EndorsementsField = "endorsements";

    /// <summary>The audiences a token for the bot may carry: the app id and its <c>api://</c> form.</summary>
    public static IReadOnlyList<string> ValidAudiences(string appId) => [appId, $"api://{appId}"];

    /// <summary>
    /// True for the Bot Framework issuer, and for the Entra ID v2 and v1 issuers of the bot's own tenant
    /// (single-tenant bots). Comparison is exact: issuers are case-sensitive URLs.
    /// </summary>
    public static bool IsTrustedIssuer(string? issuer, string? tenantId)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return false;
        }

        if (issuer == BotFrameworkIssuer)
        {
            return true;
        }

        return !string.IsNullOrWhiteSpace(tenantId)
            && (issuer == $"https://login.microsoftonline.com/{tenantId}/v2.0" || issuer == $"https://sts.windows.net/{tenantId}/");
    }

    /// <summary>
    /// The OpenID metadata document that publishes the signing keys of <paramref name="issuer"/>,
    /// or null for an issuer the bot does not trust (its token then fails signature validation).
    /// </summary>
    public static string? MetadataUrlFor(string? issuer, string? tenantId, string botFrameworkMetadataUrl, string entraMetadataUrlTemplate)
    {
        ArgumentNullException.ThrowIfNull(botFrameworkMetadataUrl);
        ArgumentNullException.ThrowIfNull(entraMetadataUrlTemplate);
        if (!IsTrustedIssuer(issuer, tenantId))
        {
            return null;
        }

        return issuer == BotFrameworkIssuer
            ? botFrameworkMetadataUrl
            : entraMetadataUrlTemplate.Replace("{tenant}", Uri.EscapeDataString(tenantId!), StringComparison.Ordinal);
    }

    /// <summary>
    /// The published keys a token with key id <paramref name="kid"/> may be checked against: the one with
    /// that id, or every key when the token names none.
    /// </summary>
    public static IReadOnlyList<JsonWebKey> SelectSigningKeys(IEnumerable<JsonWebKey> published, string? kid)
    {
        ArgumentNullException.ThrowIfNull(published);
        return string.IsNullOrEmpty(kid)
            ? [.. published]
            : [.. published.Where(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal))];
    }

    /// <summary>
    /// The channels <paramref name="key"/> is endorsed for, or null when the key has no <c>endorsements</c>
    /// field. Accepts the shapes the JWK parser may leave in <see cref="JsonWebKey.AdditionalData"/>.
    /// </summary>
    public static IReadOnlyList<string>? ReadEndorsements(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.AdditionalData.TryGetValue(EndorsementsField, out object? raw) || raw is null)
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable<object> items => [.. items.Select(i => i is JsonElement e ? e.ToString() : i?.ToString()).OfType<string>()],
            _ => [],
        };
    }

    /// <summary>
    /// True when a token may deliver an activity of <paramref name="channelId"/>. A key that declares
    /// endorsements must list the channel. A Bot Framework token must come from such a key; an Entra ID
    /// token's keys declare none and are not subject to the check.
    /// </summary>
    public static bool IsEndorsedForChannel(string? issuer, IReadOnlyCollection<string>? keyEndorsements, string? channelId)
    {
        if (keyEndorsements is null)
        {
            return issuer is not null && issuer != BotFrameworkIssuer;
        }

        return !string.IsNullOrEmpty(channelId) && keyEndorsements.Contains(channelId, StringComparer.Ordinal);
    }

    /// <summary>Metadata may be fetched over plain HTTP only from this machine (a local test issuer).</summary>
    public static bool RequiresHttps(string metadataUrl) =>
        !(Uri.TryCreate(metadataUrl, UriKind.Absolute, out Uri? uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
