using System.Globalization;
using System.Text;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Polls;

/// <summary>Serves a closed poll's calendar invitation at its signed link (<see cref="PollLinks"/>).</summary>
internal static class PollLinkEndpoints
{
    /// <summary>Maps <c>GET /polls/{id}/invite.ics</c>.</summary>
    public static IEndpointRouteBuilder MapPollLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/polls/{id:int}/invite.ics", async (int id, string? t, PollLinks links, PollReader polls, PollCalendar calendar, CancellationToken ct) =>
        {
            if (!links.Verify(t, id))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            MeetingPoll? poll = await polls.FindAsync(id, ct);
            return poll?.ChosenSlotId is null ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(calendar.Write(poll, PollCards.Group(poll.Priority, "it"))), "text/calendar; charset=utf-8",
                    $"clust-er-wg-{id.ToString(CultureInfo.InvariantCulture)}.ics");
        }).AllowAnonymous();
        return endpoints;
    }
}
