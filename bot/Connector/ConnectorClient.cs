using System.Net;
using System.Text.Json;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Connector;

/// <summary>The Connector REST client: a typed <see cref="HttpClient"/>; tokens and retries live in its handlers.</summary>
internal sealed class ConnectorClient(HttpClient http, ServiceUrlRegistry serviceUrls) : IConnectorClient
{
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}",
            activity, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
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
        string path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers?pageSize={pageSize}";
        if (continuationToken is not null)
        {
            path += $"&continuationToken={Uri.EscapeDataString(continuationToken)}";
        }

        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken ct)
        where T : new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!serviceUrls.IsTrusted(serviceUrl))
        {
            throw new ConnectorException(HttpStatusCode.Forbidden, "UntrustedServiceUrl",
                "The serviceUrl was never seen on an authenticated activity; refusing to send to it.");
        }

        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJsonContext.Default.Options);
        }

        using HttpResponseMessage response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ConnectorErrors.ToExceptionAsync(response, ct);
        }

        if (response.Content.Headers.ContentLength == 0)
        {
            return new T();
        }

        string json = await response.Content.ReadAsStringAsync(ct);
        return string.IsNullOrWhiteSpace(json)
            ? new T()
            : (T)(JsonSerializer.Deserialize(json, typeof(T), ProtocolJsonContext.Default) ?? new T());
    }
}
