using System.Globalization;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Questions.Calendar;

/// <summary>
/// <c>GET /calendar/{kind}/{id}.ics?exp=…&amp;sig=…</c>: the "Add to calendar" file of a card item. Anonymous
/// (calendar apps cannot sign in), so only links this bot signed, and only until they expire, are served.
/// </summary>
internal static class CalendarEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCalendarEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarLinks.Route, Handle).AllowAnonymous().WithName("ItemCalendar");
        return endpoints;
    }

    private static IResult Handle(string kind, string id, string? exp, string? sig, string? lang,
        CalendarLinks links, KnowledgeCatalog catalog, TimeProvider time)
    {
        if (!long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out long expires) || !links.IsValid(kind, id, expires, sig))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid or expired link",
                detail: "Ask the bot again for a fresh calendar link.");
        }

        if (KindNames.Parse(kind) is not { } itemKind || catalog.Current.Find(itemKind, id) is not { } item
            || CalendarFile.For(item, Languages.FromLocale(lang) ?? Languages.Default, time.GetUtcNow()) is not { } ics)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "The item is no longer available.");
        }

        return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"{id}.ics");
    }
}
