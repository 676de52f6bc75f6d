using System.Net;
using System.Text.Json;
using ClustER.Bot.Protocol;
using Polly.Timeout;

namespace ClustER.Bot.Connector;

/// <summary>The Connector REST client: a typed <see cref="HttpClient"/>; tokens, retries and logs live in its handlers.</summary>
internal sealed class ConnectorClient(HttpClient http, ServiceUrlRegistry serviceUrls, ILogger<ConnectorClient> logger) : IConnectorClient
{
    // Shared by every request: content headers only read it.
    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}",
            activity, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}",
            activity, cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 50, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        string path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers?pageSize={pageSize}";
        if (continuationToken is not null)
        {
            path += $"&continuationToken={Uri.EscapeDataString(continuationToken)}";
        }

        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken);
    }

    /// <summary>The absolute URI of <paramref name="path"/> under a serviceUrl that may or may not end in a slash.</summary>
    internal static Uri BuildUri(string serviceUrl, string path) => new(new Uri(serviceUrl.TrimEnd('/') + "/"), path);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken ct)
        where T : new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!serviceUrls.IsTrusted(serviceUrl))
        {
            Log.UntrustedServiceUrl(logger, serviceUrl);
            throw new ConnectorException(HttpStatusCode.Forbidden, "UntrustedServiceUrl",
                "The serviceUrl was never seen on an authenticated activity; refusing to send to it.");
        }

        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, path));
        if (body is not null)
        {
            // Serialised up front: a sized body goes out in one write with Content-Length, not chunked in two.
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJsonContext.Default));
            content.Headers.ContentType = JsonContentType;
            request.Content = content;
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            throw ConnectorErrors.FromTransport(ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ConnectorErrors.ToExceptionAsync(response, ct);
            }

            string json = await response.Content.ReadAsStringAsync(ct);
            try
            {
                return string.IsNullOrWhiteSpace(json)
                    ? new T()
                    : (T)(JsonSerializer.Deserialize(json, typeof(T), ProtocolJsonContext.Default) ?? new T());
            }
            catch (JsonException ex)
            {
                throw new ConnectorException(HttpStatusCode.BadGateway, "InvalidResponse", "The Connector's answer is not valid JSON.", ex);
            }
        }
    }
}
