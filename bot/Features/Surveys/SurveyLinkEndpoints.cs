using System.Globalization;
using System.Text;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Serves a survey's charts and CSV at signed links (<see cref="SurveyLinks"/>): the token is the authorisation.</summary>
internal static class SurveyLinkEndpoints
{
    /// <summary>Maps <c>GET /surveys/{id}/chart.png?q=…</c> and <c>GET /surveys/{id}/answers.csv</c>.</summary>
    public static IEndpointRouteBuilder MapSurveyLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/surveys/{id:int}/chart.png", async (int id, string? q, string? t, SurveyLinks links, SurveyReport report, CancellationToken ct) =>
        {
            if (!links.Verify(t, id, SurveyLinks.Chart))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            byte[]? png = q is null ? null : await report.ChartAsync(id, q, ct);
            return png is null ? Results.NotFound() : Results.File(png, "image/png");
        }).AllowAnonymous();

        endpoints.MapGet("/surveys/{id:int}/answers.csv", async (int id, string? t, SurveyLinks links, SurveyReport report, CancellationToken ct) =>
        {
            if (!links.Verify(t, id, SurveyLinks.Csv))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            string? csv = await report.CsvAsync(id, ct);
            return csv is null ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
                    $"sondaggio-{id.ToString(CultureInfo.InvariantCulture)}.csv");
        }).AllowAnonymous();
        return endpoints;
    }
}
