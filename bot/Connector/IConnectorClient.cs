using ClustER.Bot.Protocol;

namespace ClustER.Bot.Connector;

/// <summary>
/// The Bot Framework Connector REST API (the part this bot uses). Every call names the
/// <c>serviceUrl</c> it goes to, because each conversation has its own.
/// </summary>
/// <remarks>
/// Routes: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference.
/// Failures surface as <see cref="ConnectorException"/> after the resilience pipeline gave up.
/// </remarks>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>, e.g. to refresh a card.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v3/conversations</c>: opens (or finds) the 1:1 conversation with a member.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/conversations/{conversationId}/pagedmembers</c>.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 50, string? continuationToken = null, CancellationToken cancellationToken = default);
}
