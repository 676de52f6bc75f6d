using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// <c>GET /privacy/export?t=…</c>: the member's data as a JSON file. Anonymous (a browser opens it), so the signed,
/// expiring token is the authorisation; a forged, edited or expired one gets 403 and no hint of whose it was.
/// </summary>
internal static class ExportEndpoint
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapPrivacyExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportLinks.Route, async (string? t, ExportLinks links, PersonalDataExport export, HttpContext http, CancellationToken ct) =>
        {
            if (links.Verify(t) is not { } personId)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid or expired link",
                    detail: "Ask the bot again for \"my data\" to get a fresh link.");
            }

            JsonObject? data = await export.BuildAsync(personId, ct);
            if (data is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "No data", detail: "Nothing is stored about this person any more.");
            }

            // The data is personal: no cache on the way may keep a copy.
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetBytes(data.ToJsonString(Indented)), "application/json; charset=utf-8", "clust-er-my-data.json");
        }).AllowAnonymous().WithName("PrivacyExport");
        return endpoints;
    }
}
