using System.Text.Json;
using ClustER.Bot.Auth;
using ClustER.Bot.Connector;
using ClustER.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: reads the activity within the size limit, checks that it came through the
/// Connector its token names, and hands it to the <see cref="TurnProcessor"/>.
/// </summary>
internal static class MessagesEndpoint
{
    /// <summary>The route the channel posts activities to.</summary>
    public const string Route = "/api/messages";

    /// <summary>Maps the endpoint behind the bot authorization policy.</summary>
    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync)
            .RequireAuthorization(BotAuthentication.PolicyName)
            .DisableAntiforgery()
            .WithName("PostActivity");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        TurnProcessor processor,
        IOptions<BotOptions> options,
        ServiceUrlRegistry serviceUrls,
        ILoggerFactory loggers)
    {
        // Created only on the paths that log: LoggerFactory.CreateLogger takes a lock, on every turn it was contended.
        ILogger Logger() => loggers.CreateLogger(typeof(MessagesEndpoint));
        int limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        Activity? activity;
        using (PooledBody? body = await PooledBody.ReadAsync(http.Request, limit, http.RequestAborted))
        {
            if (body is null)
            {
                return TooLarge(limit);
            }

            try
            {
                activity = JsonSerializer.Deserialize(body.Span, ProtocolJsonContext.Default.Activity);
            }
            catch (JsonException ex)
            {
                Log.MalformedActivity(Logger(), ex.Message);
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity",
                    detail: "The request body is not a valid Bot Framework activity (JSON).");
            }
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity",
                detail: "The activity has no type.");
        }

        switch (BotAuthentication.Authorize(http.User, activity, options.Value.IsLocalAnonymousMode))
        {
            case ActivityAuthorization.ServiceUrlMismatch:
                Log.ServiceUrlMismatch(Logger(), activity.Id);
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    detail: "The activity's serviceUrl does not match the token.");
            case ActivityAuthorization.ChannelNotEndorsed:
                Log.ChannelNotEndorsed(Logger(), activity.Id, activity.ChannelId);
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    detail: "The token's signing key is not endorsed for the activity's channel.");
        }

        if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            serviceUrls.Trust(serviceUrl);
        }

        TurnOutcome outcome = await processor.ProcessAsync(activity, http.RequestServices);
        return outcome.Body is null
            ? Results.StatusCode(outcome.Status)
            : Results.Json(outcome.Body, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse, statusCode: outcome.Status);
    }

    private static IResult TooLarge(int limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large",
            detail: $"The request body exceeds {limit} bytes.");
}
