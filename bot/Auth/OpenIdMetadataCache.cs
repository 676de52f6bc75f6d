using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ClustER.Bot.Auth;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per OpenID metadata URL, created on first use and kept for
/// the life of the process, so the signing keys are fetched once and refreshed in the background.
/// </summary>
/// <remarks>
/// The Bot Framework SDK caches keys for days; the managers here refresh every 12 hours (their default)
/// and sooner when a token names a key id they have not seen (key rotation).
/// </remarks>
internal sealed class OpenIdMetadataCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ConfigurationManager<OpenIdConnectConfiguration>>> _managers = new(StringComparer.Ordinal);

    // Long-lived on purpose: the managers keep it for the process lifetime; pooled connections are
    // recycled so DNS changes of the metadata hosts are still picked up.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>The manager of <paramref name="metadataUrl"/>, created once.</summary>
    public ConfigurationManager<OpenIdConnectConfiguration> For(string metadataUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metadataUrl);
        return _managers.GetOrAdd(metadataUrl, url => new Lazy<ConfigurationManager<OpenIdConnectConfiguration>>(() =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                url,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(_http) { RequireHttps = BotTokenValidation.RequiresHttps(url) }))).Value;
    }

    /// <summary>The metadata and keys of <paramref name="metadataUrl"/> (cached after the first call).</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken = default) =>
        For(metadataUrl).GetConfigurationAsync(cancellationToken);

    public void Dispose() => _http.Dispose();
}
