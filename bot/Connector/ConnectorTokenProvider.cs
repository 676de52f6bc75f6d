using System.Net;
using System.Text.Json;
using ClustER.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Connector;

/// <summary>
/// The bot's outbound token: client credentials for <c>https://api.botframework.com/.default</c> from the
/// bot's own tenant, cached and renewed before it expires. One request at a time refreshes it.
/// </summary>
/// <remarks>
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
/// ("Bot to Connector"): the token lives an hour; "cache and proactively refresh the token".
/// </remarks>
internal sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    /// <summary>The named HttpClient the token requests use.</summary>
    public const string HttpClientName = "ClustER.Bot.ConnectorToken";

    /// <summary>The scope of tokens for the Bot Framework Connector.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CachedToken? _token;

    /// <summary>A valid access token, from the cache when it is not about to expire.</summary>
    /// <exception cref="ConnectorException">The token endpoint refused or could not be reached.</exception>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_token is { } cached && !NeedsRefresh(cached, time.GetUtcNow()))
        {
            return cached.AccessToken;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fresh && !NeedsRefresh(fresh, time.GetUtcNow()))
            {
                return fresh.AccessToken; // another caller refreshed it while this one waited
            }

            _token = await RequestTokenAsync(cancellationToken);
            return _token.AccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets the cached token (the Connector rejected it), so the next call fetches a new one.</summary>
    public void Invalidate(string rejectedToken)
    {
        if (_token is { } cached && cached.AccessToken == rejectedToken)
        {
            _token = null;
        }
    }

    /// <summary>
    /// True when the token should be renewed: five minutes before it expires, or half-way through its
    /// life when that is shorter, so a call never leaves with a token that dies in flight.
    /// </summary>
    internal static bool NeedsRefresh(CachedToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        TimeSpan lifetime = token.ExpiresAt - token.IssuedAt;
        TimeSpan margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, lifetime.Ticks / 2));
        return now >= token.ExpiresAt - margin;
    }

    /// <summary>The token endpoint of the bot's tenant.</summary>
    internal static Uri TokenEndpoint(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string tenant = options.TenantId ?? throw new InvalidOperationException("Bot:TenantId is required for outbound tokens.");
        return new Uri(options.TokenEndpointTemplate.Replace(BotOptions.TenantPlaceholder, Uri.EscapeDataString(tenant), StringComparison.Ordinal));
    }

    private async Task<CachedToken> RequestTokenAsync(CancellationToken ct)
    {
        BotOptions options = botOptions.Value;
        Uri endpoint = TokenEndpoint(options);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.MicrosoftAppId ?? string.Empty,
            ["client_secret"] = options.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = Scope,
        });
        HttpClient http = httpClients.CreateClient(HttpClientName);
        DateTimeOffset issuedAt = time.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(endpoint, content, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException(HttpStatusCode.ServiceUnavailable, "TokenEndpointUnreachable",
                $"The token endpoint {endpoint.GetLeftPart(UriPartial.Authority)} could not be reached.", ex);
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                // The body names the cause (e.g. AADSTS7000215 invalid secret) and holds no secret of ours.
                Log.TokenRequestFailed(logger, (int)response.StatusCode, Truncate(body));
                throw new ConnectorException(response.StatusCode, "TokenRequestFailed",
                    $"The token endpoint answered {(int)response.StatusCode}; check Bot:MicrosoftAppId, Bot:MicrosoftAppPassword and Bot:TenantId.");
            }

            CachedToken token = Parse(body, issuedAt);
            Log.TokenAcquired(logger, token.ExpiresAt);
            return token;
        }
    }

    private static CachedToken Parse(string body, DateTimeOffset issuedAt)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(body);
            JsonElement root = doc.RootElement;
            string accessToken = root.GetProperty("access_token").GetString()
                ?? throw new JsonException("access_token is null.");
            int expiresIn = root.GetProperty("expires_in") switch
            {
                { ValueKind: JsonValueKind.Number } n => n.GetInt32(),
                { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), out int parsed) => parsed,
                _ => throw new JsonException("expires_in is not a number."),
            };
            return new CachedToken(accessToken, issuedAt, issuedAt.AddSeconds(expiresIn));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ConnectorException(HttpStatusCode.BadGateway, "TokenResponseInvalid", "The token endpoint's answer is not a token response.", ex);
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    public void Dispose() => _refresh.Dispose();

    /// <summary>A token and its validity.</summary>
    /// <param name="AccessToken">The bearer token.</param>
    /// <param name="IssuedAt">When it was requested.</param>
    /// <param name="ExpiresAt">When it expires.</param>
    internal sealed record CachedToken(string AccessToken, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
}
