using System.Net;
using ClustER.Bot.Protocol;

namespace ClustER.Tests.Infrastructure;

/// <summary>What the bot asked the <see cref="FakeConnector"/>, and what it was answered.</summary>
/// <param name="Kind">The Connector operation the route stands for.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path below the service URL, decoded (e.g. <c>v3/conversations/a:1/activities</c>).</param>
/// <param name="ConversationId">The conversation named in the path, if any.</param>
/// <param name="ActivityId">The activity named in the path (the reply-to or updated activity), if any.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="Body">The raw request body.</param>
/// <param name="Activity">The body parsed as an activity (for activity routes and a create with an activity).</param>
/// <param name="Status">The status the fake answered.</param>
public sealed record ConnectorRequest(
    ConnectorOperation Kind,
    string Method,
    string Path,
    string? ConversationId,
    string? ActivityId,
    string? Authorization,
    string Body,
    Activity? Activity,
    HttpStatusCode Status)
{
    /// <summary>True when the fake accepted the request (2xx).</summary>
    public bool Succeeded => (int)Status is >= 200 and < 300;
}

/// <summary>The Connector operations the fake implements.</summary>
public enum ConnectorOperation
{
    /// <summary>A path the fake does not know.</summary>
    Unknown,

    /// <summary><c>POST /v3/conversations</c>.</summary>
    CreateConversation,

    /// <summary><c>POST /v3/conversations/{id}/activities</c>.</summary>
    SendToConversation,

    /// <summary><c>POST /v3/conversations/{id}/activities/{replyToId}</c>.</summary>
    ReplyToActivity,

    /// <summary><c>PUT /v3/conversations/{id}/activities/{activityId}</c>.</summary>
    UpdateActivity,

    /// <summary><c>DELETE /v3/conversations/{id}/activities/{activityId}</c>.</summary>
    DeleteActivity,

    /// <summary><c>GET /v3/conversations/{id}/pagedmembers</c>.</summary>
    GetPagedMembers,

    /// <summary><c>GET /v3/conversations/{id}/members</c>.</summary>
    GetMembers,
}

/// <summary>A client-credentials token request the fake answered.</summary>
/// <param name="TenantId">The tenant in the token endpoint's path.</param>
/// <param name="GrantType">The <c>grant_type</c> form field.</param>
/// <param name="ClientId">The <c>client_id</c> form field.</param>
/// <param name="ClientSecret">The <c>client_secret</c> form field.</param>
/// <param name="Scope">The <c>scope</c> form field.</param>
/// <param name="IssuedToken">The access token issued, or null when refused.</param>
public sealed record TokenRequest(string TenantId, string? GrantType, string? ClientId, string? ClientSecret, string? Scope, string? IssuedToken);
