using System.Net;
using System.Net.Http.Headers;
using ClustER.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Connector;

/// <summary>
/// Adds the bot's bearer token to every Connector request, and on a 401 fetches a new token and tries
/// once more (the cached one may have been revoked). Sends no token in the local anonymous mode.
/// </summary>
internal sealed class ConnectorAuthHandler(ConnectorTokenProvider tokens, IOptions<BotOptions> botOptions) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (botOptions.Value.IsLocalAnonymousMode)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        string token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
