using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ClustER.Tests.Infrastructure;

/// <summary>The fake's routes: the Connector REST API under <see cref="BasePath"/>, and the token endpoint.</summary>
public sealed partial class FakeConnector
{
    private async Task HandleAsync(HttpContext http)
    {
        // The raw target keeps escaped ids (19:x@thread.v2, a:1%2Fy) exactly as the client escaped them.
        string raw = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        string pathOnly = raw.Split('?', 2)[0].TrimStart('/');
        string[] segments = [.. pathOnly.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString)];
        string body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);

        if (http.Request.Method == "POST" && segments.Length == 4 && segments[1] == "oauth2" && segments[2] == "v2.0" && segments[3] == "token")
        {
            await IssueTokenAsync(http, segments[0], body);
            return;
        }

        string basePath = BasePath.TrimEnd('/');
        if (segments.Length < 2 || segments[0] != basePath || segments[1] != "v3")
        {
            await AnswerAsync(http, Unknown(http, segments, body), HttpStatusCode.NotFound, Error("NotFound", "No such route on the fake Connector."));
            return;
        }

        (ConnectorOperation kind, string? conversationId, string? activityId) = Classify(http.Request.Method, segments[2..]);
        Activity? activity = ParseActivity(kind, body);
        FaultRule? fault = TakeFault(conversationId);
        TimeSpan delay = ResponseDelay + (fault?.Delay ?? TimeSpan.Zero);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        string? authorization = http.Request.Headers.Authorization;
        var request = new ConnectorRequest(kind, http.Request.Method, string.Join('/', segments[1..]), conversationId, activityId,
            authorization, body, activity, HttpStatusCode.OK);

        if (RequireBearerToken && !IsIssuedToken(authorization))
        {
            await AnswerAsync(http, request, HttpStatusCode.Unauthorized, Error("Unauthorized", "No valid bearer token."));
            return;
        }

        if (fault?.Status is { } failure)
        {
            if (fault.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await AnswerAsync(http, request, failure, Error(fault.ErrorCode ?? failure.ToString(), $"Fake failure {(int)failure}."));
            return;
        }

        switch (kind)
        {
            case ConnectorOperation.SendToConversation or ConnectorOperation.ReplyToActivity:
                await AnswerAsync(http, request, HttpStatusCode.Created, new JsonObject { ["id"] = NextId("activity") });
                break;
            case ConnectorOperation.UpdateActivity:
                await AnswerAsync(http, request, HttpStatusCode.OK, new JsonObject { ["id"] = activityId });
                break;
            case ConnectorOperation.DeleteActivity:
                await AnswerAsync(http, request, HttpStatusCode.OK, null);
                break;
            case ConnectorOperation.CreateConversation:
                await AnswerAsync(http, request, HttpStatusCode.Created, new JsonObject
                {
                    ["id"] = NextId("a:created"),
                    ["activityId"] = activity is null ? null : NextId("activity"),
                    ["serviceUrl"] = ServiceUrl,
                });
                break;
            case ConnectorOperation.GetPagedMembers or ConnectorOperation.GetMembers:
                await AnswerAsync(http, request, HttpStatusCode.OK, Members(kind, conversationId!, http.Request.Query));
                break;
            default:
                await AnswerAsync(http, request with { Kind = ConnectorOperation.Unknown }, HttpStatusCode.NotFound, Error("NotFound", "No such route on the fake Connector."));
                break;
        }
    }

    private static (ConnectorOperation Kind, string? ConversationId, string? ActivityId) Classify(string method, string[] rest) =>
        (method, rest) switch
        {
            ("POST", ["conversations"]) => (ConnectorOperation.CreateConversation, null, null),
            ("POST", ["conversations", var c, "activities"]) => (ConnectorOperation.SendToConversation, c, null),
            ("POST", ["conversations", var c, "activities", var a]) => (ConnectorOperation.ReplyToActivity, c, a),
            ("PUT", ["conversations", var c, "activities", var a]) => (ConnectorOperation.UpdateActivity, c, a),
            ("DELETE", ["conversations", var c, "activities", var a]) => (ConnectorOperation.DeleteActivity, c, a),
            ("GET", ["conversations", var c, "pagedmembers"]) => (ConnectorOperation.GetPagedMembers, c, null),
            ("GET", ["conversations", var c, "members"]) => (ConnectorOperation.GetMembers, c, null),
            (_, ["conversations", var c, ..]) => (ConnectorOperation.Unknown, c, null),
            _ => (ConnectorOperation.Unknown, null, null),
        };

    private static Activity? ParseActivity(ConnectorOperation kind, string body)
    {
        if (body.Length == 0 || kind is ConnectorOperation.Unknown or ConnectorOperation.GetMembers or ConnectorOperation.GetPagedMembers)
        {
            return null;
        }

        try
        {
            if (kind == ConnectorOperation.CreateConversation)
            {
                return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ConversationParameters)?.Activity;
            }

            return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null; // recorded with its raw body; a test can look at it
        }
    }

    private FaultRule? TakeFault(string? conversationId)
    {
        lock (_gate)
        {
            FaultRule? rule = _faults.FirstOrDefault(f => f.Remaining > 0 && (f.ConversationId is null || f.ConversationId == conversationId));
            if (rule is not null && rule.Remaining != int.MaxValue)
            {
                rule.Remaining--;
            }

            return rule;
        }
    }

    private JsonObject Members(ConnectorOperation kind, string conversationId, IQueryCollection query)
    {
        List<ChannelAccount> all;
        lock (_gate)
        {
            all = _members.TryGetValue(conversationId, out List<ChannelAccount>? members) ? [.. members] : [];
        }

        JsonArray ToJson(IEnumerable<ChannelAccount> accounts) =>
            [.. accounts.Select(a => JsonSerializer.SerializeToNode(a, ProtocolJsonContext.Default.Options))];

        if (kind == ConnectorOperation.GetMembers)
        {
            return new JsonObject { ["members"] = ToJson(all) };
        }

        int pageSize = int.TryParse(query["pageSize"], out int size) && size > 0 ? size : 50;
        int start = int.TryParse(query["continuationToken"], out int token) ? token : 0;
        List<ChannelAccount> page = [.. all.Skip(start).Take(pageSize)];
        return new JsonObject
        {
            ["members"] = ToJson(page),
            ["continuationToken"] = start + page.Count < all.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    private async Task IssueTokenAsync(HttpContext http, string tenantId, string body)
    {
        Dictionary<string, StringValues> form = http.Request.HasFormContentType ? QueryHelpers.ParseQuery(body) : [];
        string? Field(string name) => form.TryGetValue(name, out StringValues value) ? value.ToString() : null;
        string? grantType = Field("grant_type"), clientId = Field("client_id"), secret = Field("client_secret"), scope = Field("scope");
        bool refused = Interlocked.Decrement(ref _tokenFailures) >= 0;
        bool valid = !refused && grantType == "client_credentials" && !string.IsNullOrEmpty(clientId) && !string.IsNullOrEmpty(secret)
            && scope == "https://api.botframework.com/.default";
        string? token = valid ? NextId("fake-connector-token") : null;
        lock (_gate)
        {
            _tokenRequests.Add(new TokenRequest(tenantId, grantType, clientId, secret, scope, token));
            if (token is not null)
            {
                _issuedTokens.Add(token);
            }
        }

        http.Response.StatusCode = valid ? StatusCodes.Status200OK : refused ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json; charset=utf-8";
        JsonObject answer = valid
            ? new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = (int)TokenLifetime.TotalSeconds, ["access_token"] = token }
            : refused
                ? new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }
                : new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Expected a client_credentials request for the Bot Framework scope." };
        await http.Response.WriteAsync(answer.ToJsonString());
    }

    private bool IsIssuedToken(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        lock (_gate)
        {
            return _issuedTokens.Contains(authorization["Bearer ".Length..]);
        }
    }

    private async Task AnswerAsync(HttpContext http, ConnectorRequest request, HttpStatusCode status, JsonNode? body)
    {
        Record(request with { Status = status });
        http.Response.StatusCode = (int)status;
        http.Response.Headers["X-Correlating-OperationId"] = Guid.NewGuid().ToString();
        if (body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(body.ToJsonString());
        }
    }

    private static ConnectorRequest Unknown(HttpContext http, string[] segments, string body) =>
        new(ConnectorOperation.Unknown, http.Request.Method, string.Join('/', segments), null, null, http.Request.Headers.Authorization, body, null, HttpStatusCode.NotFound);

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private string NextId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _sequence)}";
}
