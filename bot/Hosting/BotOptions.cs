using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Hosting;

/// <summary>The bot's identity, the Microsoft endpoints it trusts, and turn settings (section <c>Bot</c>).</summary>
/// <remarks>
/// With no <see cref="MicrosoftAppId"/> the bot runs in the <b>local anonymous mode</b>
/// (<see cref="IsLocalAnonymousMode"/>): no JWT is checked, only loopback callers are let in, and no
/// outbound token is sent. That is what the Agents Playground needs, and it is never safe in production.
/// </remarks>
public sealed class BotOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>Where Bot Framework channel tokens are described (issuer and signing keys with endorsements).</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra ID OpenID metadata of a tenant; <c>{tenant}</c> is replaced by the tenant id.</summary>
    public const string DefaultEntraMetadataUrlTemplate = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>The Entra ID token endpoint of a tenant; <c>{tenant}</c> is replaced by <see cref="TenantId"/>.</summary>
    public const string DefaultTokenEndpointTemplate = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>The placeholder the URL templates carry.</summary>
    public const string TenantPlaceholder = "{tenant}";

    /// <summary>
    /// The Entra app id of the bot registration. Empty = local anonymous mode (loopback only, no tokens).
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret of the bot registration, for outbound Connector tokens.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of the single-tenant bot registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>The bot's display name, used in the Teams app package and messages.</summary>
    [Required]
    public string Name { get; set; } = "ClustER.Bot";

    /// <summary>The Bot Framework OpenID metadata document (tests point it at a local issuer).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The Entra ID OpenID metadata template for single-tenant tokens, with <c>{tenant}</c>.</summary>
    [Required]
    public string EntraMetadataUrlTemplate { get; set; } = DefaultEntraMetadataUrlTemplate;

    /// <summary>The client-credentials token endpoint template, with <c>{tenant}</c>.</summary>
    [Required]
    public string TokenEndpointTemplate { get; set; } = DefaultTokenEndpointTemplate;

    /// <summary>How long one turn may run before it is cancelled (Teams gives up after 10-15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest request body accepted on <c>/api/messages</c>.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The longest message text read; longer texts are cut and the user is told.</summary>
    [Range(16, 20_000)]
    public int MaxMessageChars { get; set; } = 1000;

    /// <summary>
    /// True when no app id is configured: the <b>local anonymous mode</b>. No JWT is validated, only
    /// loopback callers are accepted and outbound calls carry no token. Announced loudly at start.
    /// </summary>
    public bool IsLocalAnonymousMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Checks what data annotations cannot: the settings an app id makes mandatory, and the URLs.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsLocalAnonymousMode)
        {
            if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            {
                yield return Error($"{nameof(MicrosoftAppPassword)} is required when Bot:MicrosoftAppId is set (the bot needs it to send messages).", nameof(MicrosoftAppPassword));
            }

            if (string.IsNullOrWhiteSpace(TenantId))
            {
                yield return Error($"{nameof(TenantId)} is required when Bot:MicrosoftAppId is set (single-tenant bot registration).", nameof(TenantId));
            }
        }

        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            yield return Error($"{nameof(OpenIdMetadataUrl)} must be an absolute URL.", nameof(OpenIdMetadataUrl));
        }

        foreach ((string name, string value) in new[] { (nameof(EntraMetadataUrlTemplate), EntraMetadataUrlTemplate), (nameof(TokenEndpointTemplate), TokenEndpointTemplate) })
        {
            if (value is null || !value.Contains(TenantPlaceholder, StringComparison.Ordinal)
                || !Uri.TryCreate(value.Replace(TenantPlaceholder, "tenant", StringComparison.Ordinal), UriKind.Absolute, out _))
            {
                yield return Error($"{name} must be an absolute URL containing {TenantPlaceholder}.", name);
            }
        }
    }

    private static ValidationResult Error(string message, string member) => new($"Bot:{message}", [member]);
}
