using System.Globalization;
using System.Text;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// Serves a meeting's calendar invitation and attendance list at signed links (<see cref="MeetingLinks"/>):
/// the token is the authorisation, so a member's calendar app can fetch the invitation without signing in.
/// </summary>
internal static class MeetingLinkEndpoints
{
    /// <summary>Maps <c>GET /meetings/{id}/invite.ics</c> and <c>GET /meetings/{id}/attendance.csv</c>.</summary>
    public static IEndpointRouteBuilder MapMeetingLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/meetings/{id:int}/invite.ics", async (int id, string? t, MeetingLinks links, MeetingDirectory directory, MeetingCalendar calendar, CancellationToken ct) =>
        {
            if (!links.Verify(t, id, MeetingLinks.Invitation))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            Meeting? meeting = await directory.FindAsync(id, ct);
            return meeting is null ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(calendar.Write(meeting, MeetingCards.Title(meeting.Kind, "it"))), "text/calendar; charset=utf-8",
                    $"clust-er-{id.ToString(CultureInfo.InvariantCulture)}.ics");
        }).AllowAnonymous();

        endpoints.MapGet("/meetings/{id:int}/attendance.csv", async (int id, string? t, MeetingLinks links, MeetingDirectory directory, CancellationToken ct) =>
        {
            if (!links.Verify(t, id, MeetingLinks.Attendance))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            Meeting? meeting = await directory.FindAsync(id, ct);
            if (meeting is null)
            {
                return Results.NotFound();
            }

            string csv = AttendanceCsv.Write(await directory.ParticipantsAsync(meeting.Kind, ct), await directory.ResponsesAsync(id, ct), await directory.OrganisationNamesAsync(ct));
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
                $"presenze-{id.ToString(CultureInfo.InvariantCulture)}.csv");
        }).AllowAnonymous();
        return endpoints;
    }
}
