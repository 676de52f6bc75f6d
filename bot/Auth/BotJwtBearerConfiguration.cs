using ClustER.Bot.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ClustER.Bot.Auth;

/// <summary>
/// Configures the stock JWT bearer handler for Bot Framework and single-tenant Entra ID tokens: issuer,
/// audience, lifetime with five minutes of skew, RS256/384/512 signatures with keys from the issuer's
/// OpenID metadata, and the signing key's endorsements recorded for the per-activity check.
/// </summary>
internal sealed class BotJwtBearerConfiguration(
    OpenIdMetadataCache metadata,
    IOptions<BotOptions> botOptions,
    ILogger<BotJwtBearerConfiguration> logger) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(JwtBearerOptions options) => Configure(JwtBearerDefaults.AuthenticationScheme, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        BotOptions bot = botOptions.Value;
        string appId = bot.MicrosoftAppId ?? throw new InvalidOperationException("Bot:MicrosoftAppId is required for JWT validation.");
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            IssuerValidator = (issuer, _, _) => BotTokenValidation.IsTrustedIssuer(issuer, bot.TenantId)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException("The token's issuer is not trusted.") { InvalidIssuer = issuer },
            ValidateAudience = true,
            ValidAudiences = BotTokenValidation.ValidAudiences(appId),
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = BotTokenValidation.ClockSkew,
            RequireSignedTokens = true,
            ValidAlgorithms = BotTokenValidation.AllowedAlgorithms,
            IssuerSigningKeyResolver = (_, token, kid, _) => ResolveSigningKeys(token, kid, bot),
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context => PrefetchMetadataAsync(context, bot),
            OnTokenValidated = RecordEndorsements,
            OnAuthenticationFailed = context =>
            {
                Log.TokenRejected(logger, context.Exception.GetType().Name, context.Exception.Message);

                // Whatever went wrong with the token (even an exception), the caller gets 401, never 500.
                context.Fail(context.Exception);
                return Task.CompletedTask;
            },
            OnChallenge = context =>
            {
                if (context.AuthenticateFailure is null)
                {
                    Log.TokenMissing(logger, context.Request.Path.Value ?? "/");
                }

                return Task.CompletedTask;
            },
        };
    }

    private static string? MetadataUrlFor(string? issuer, BotOptions bot) =>
        BotTokenValidation.MetadataUrlFor(issuer, bot.TenantId, bot.OpenIdMetadataUrl, bot.EntraMetadataUrlTemplate);

    /// <summary>
    /// The key resolver below is synchronous; loading the issuer's metadata here, asynchronously, first
    /// means it only ever reads the cache and never blocks a thread on the network.
    /// </summary>
    private async Task PrefetchMetadataAsync(MessageReceivedContext context, BotOptions bot)
    {
        string? header = context.Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (MetadataUrlFor(UnvalidatedIssuer(header["Bearer ".Length..].Trim()), bot) is not { } url)
        {
            return;
        }

        try
        {
            await metadata.GetAsync(url, context.HttpContext.RequestAborted);
        }
        catch (InvalidOperationException ex)
        {
            // Validation will fail for want of keys (401); the cause belongs in the log.
            Log.MetadataUnavailable(logger, ex, url);
        }
    }

    /// <summary>The issuer a token claims, read without validation (only to pick whose keys to load), or null.</summary>
    private static string? UnvalidatedIssuer(string token)
    {
        var handler = new JsonWebTokenHandler();
        try
        {
            return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
        }
        catch (ArgumentException)
        {
            return null; // not a JWT after all; validation will say so
        }
    }

    private IEnumerable<SecurityKey> ResolveSigningKeys(SecurityToken token, string? kid, BotOptions bot)
    {
        if (MetadataUrlFor(token.Issuer, bot) is not { } url)
        {
            return [];
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            // Completed synchronously: PrefetchMetadataAsync loaded it for this request.
            configuration = metadata.GetAsync(url).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException ex)
        {
            Log.MetadataUnavailable(logger, ex, url);
            return [];
        }

        IReadOnlyList<JsonWebKey> keys = BotTokenValidation.SelectSigningKeys(configuration.JsonWebKeySet?.Keys ?? [], kid);
        if (keys.Count == 0)
        {
            // Probably a rotated key: fetch the metadata again (rate-limited by the manager) for later tokens.
            Log.SigningKeyUnknown(logger, kid);
            metadata.For(url).RequestRefresh();
        }

        return keys;
    }

    private static Task RecordEndorsements(TokenValidatedContext context)
    {
        if (context.SecurityToken.SigningKey is JsonWebKey key
            && BotTokenValidation.ReadEndorsements(key) is { } endorsements
            && context.Principal is { } principal)
        {
            principal.AddIdentity(BotAuthentication.SigningKeyIdentity(endorsements));
        }

        return Task.CompletedTask;
    }
}
