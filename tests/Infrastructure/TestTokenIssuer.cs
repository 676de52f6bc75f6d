using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClustER.Tests.Infrastructure;

/// <summary>
/// A local stand-in for login.botframework.com and login.microsoftonline.com: it serves OpenID metadata
/// and JWKS (Bot Framework keys with <c>endorsements</c>, Entra keys without) on a real loopback server,
/// and mints RS256/384/512 tokens with whatever issuer, audience, lifetime, serviceurl and key a test wants.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    /// <summary>The issuer of Bot Framework channel tokens.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The channels the endorsed key is endorsed for.</summary>
    public static readonly IReadOnlyList<string> EndorsedChannels = ["msteams", "emulator", "webchat"];

    private readonly Dictionary<TestSigningKey, RsaSecurityKey> _keys;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private LoopbackHttpServer? _server;

    private TestTokenIssuer()
    {
        _keys = Enum.GetValues<TestSigningKey>().ToDictionary(k => k, k => new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"test-{k}-{Guid.NewGuid():N}" });
    }

    /// <summary>For <c>Bot:OpenIdMetadataUrl</c>.</summary>
    public string OpenIdMetadataUrl => Address + "v1/.well-known/openidconfiguration";

    /// <summary>For <c>Bot:EntraMetadataUrlTemplate</c> (with <c>{tenant}</c>).</summary>
    public string EntraMetadataUrlTemplate => Address + "{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>How many metadata documents were served (any tenant), to check caching.</summary>
    public int MetadataRequests => _hits.Where(h => h.Key.EndsWith("openidconfiguration", StringComparison.Ordinal) || h.Key.EndsWith("openid-configuration", StringComparison.Ordinal)).Sum(h => h.Value);

    /// <summary>How many key sets were served (any tenant), to check caching.</summary>
    public int KeySetRequests => _hits.Where(h => h.Key.EndsWith("keys", StringComparison.Ordinal)).Sum(h => h.Value);

    private Uri Address => (_server ?? throw new InvalidOperationException("The token issuer is not started.")).Address;

    /// <summary>Starts an issuer with fresh keys on a free loopback port.</summary>
    public static async Task<TestTokenIssuer> StartAsync()
    {
        var issuer = new TestTokenIssuer();
        issuer._server = await LoopbackHttpServer.StartAsync(issuer.HandleAsync);
        return issuer;
    }

    /// <summary>The Entra ID v2 issuer of <paramref name="tenantId"/>.</summary>
    public static string EntraIssuerV2(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>The Entra ID v1 issuer of <paramref name="tenantId"/>.</summary>
    public static string EntraIssuerV1(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>Mints a signed JWT as <paramref name="token"/> describes.</summary>
    public string CreateToken(TestToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        DateTimeOffset expires = token.Expires ?? now.AddHours(1);
        DateTimeOffset notBefore = token.NotBefore ?? (expires < now ? expires.AddHours(-1) : now.AddMinutes(-1));
        var claims = new Dictionary<string, object>(token.Claims);
        if (token.ServiceUrl is not null)
        {
            claims["serviceurl"] = token.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            NotBefore = notBefore.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_keys[token.Key], token.Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A valid Bot Framework channel token for the bot <paramref name="appId"/> and <paramref name="serviceUrl"/>.</summary>
    public string CreateChannelToken(string appId, string serviceUrl) =>
        CreateToken(new TestToken { Audience = appId, ServiceUrl = serviceUrl, Claims = new Dictionary<string, object> { ["appid"] = "channel-app" } });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        foreach (RsaSecurityKey key in _keys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        string path = http.Request.Path.Value?.Trim('/') ?? string.Empty;
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        string[] segments = path.Split('/');
        JsonObject? document = segments switch
        {
            ["v1", ".well-known", "openidconfiguration"] => Metadata(BotFrameworkIssuer, Address + "v1/.well-known/keys"),
            ["v1", ".well-known", "keys"] => KeySet(TestSigningKey.Endorsed, TestSigningKey.Unendorsed),
            [var tenant, "v2.0", ".well-known", "openid-configuration"] => Metadata(EntraIssuerV2(tenant), Address + $"{tenant}/discovery/v2.0/keys"),
            [_, "discovery", "v2.0", "keys"] => KeySet(TestSigningKey.Entra),
            _ => null,
        };
        if (document is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(document.ToJsonString());
    }

    private static JsonObject Metadata(string issuer, string jwksUri) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private JsonObject KeySet(params TestSigningKey[] keys) =>
        new() { ["keys"] = new JsonArray([.. keys.Select(Jwk)]) };

    private JsonObject Jwk(TestSigningKey which)
    {
        RsaSecurityKey key = _keys[which];
        RSAParameters parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        IEnumerable<string>? endorsements = which switch
        {
            TestSigningKey.Endorsed => EndorsedChannels,
            TestSigningKey.Unendorsed => ["skype"],
            _ => null,
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }
}
