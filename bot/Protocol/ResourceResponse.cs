using System.Text.Json.Serialization;

namespace ClustER.Bot.Protocol;

/// <summary>The Connector's answer to a send: the id of the created resource.</summary>
public sealed class ResourceResponse
{
    /// <summary>The id of the activity or conversation.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}

/// <summary>The Connector's answer to <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The new conversation's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The id of the first activity, if one was sent.</summary>
    [JsonPropertyName("activityId")]
    public string? ActivityId { get; set; }

    /// <summary>The service URL to use for the new conversation.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }
}

/// <summary>One page of <c>GET /v3/conversations/{id}/pagedmembers</c>.</summary>
public sealed class PagedMembersResult
{
    /// <summary>The token to ask for the next page; null on the last.</summary>
    [JsonPropertyName("continuationToken")]
    public string? ContinuationToken { get; set; }

    /// <summary>The members on this page.</summary>
    [JsonPropertyName("members")]
    public IList<ChannelAccount> Members { get; set; } = [];
}
