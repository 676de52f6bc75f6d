using Microsoft.IdentityModel.Tokens;

namespace ClustER.Tests.Infrastructure;

/// <summary>What a <see cref="TestTokenIssuer"/> should put in a token. Defaults make a valid channel token.</summary>
public sealed record TestToken
{
    /// <summary>The <c>aud</c> claim: the bot's app id for a valid token.</summary>
    public required string Audience { get; init; }

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The <c>iss</c> claim.</summary>
    public string Issuer { get; init; } = TestTokenIssuer.BotFrameworkIssuer;

    /// <summary>The key that signs the token.</summary>
    public TestSigningKey Key { get; init; } = TestSigningKey.Endorsed;

    /// <summary>When the token starts being valid; default: a minute ago.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>When the token expires; default: in an hour.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The JWS algorithm (<c>RS256</c>, <c>RS384</c>, <c>RS512</c>...).</summary>
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    /// <summary>More claims, e.g. <c>appid</c> or <c>tid</c>.</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();
}
