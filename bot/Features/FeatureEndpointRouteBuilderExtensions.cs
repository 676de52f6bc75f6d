using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Features.Polls;
using ClustER.Bot.Features.Privacy;
using ClustER.Bot.Features.Questions.Calendar;
using ClustER.Bot.Features.Surveys;

namespace ClustER.Bot.Features;

/// <summary>Maps the HTTP endpoints features serve besides <c>/api/messages</c>.</summary>
internal static class FeatureEndpointRouteBuilderExtensions
{
    /// <summary>Every feature endpoint.</summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCalendarEndpoint()
            .MapMeetingLinks()
            .MapPrivacyExport()
            .MapPollLinks()
            .MapSurveyLinks();
}
