namespace ClustER.Bot.Features.Assemblies;

/// <summary>What an iCalendar invitation says about one meeting, whatever convened it (statute or poll).</summary>
/// <param name="Uid">The same for the whole life of the meeting, so calendars update the one entry.</param>
/// <param name="Sequence">Raised at each change.</param>
/// <param name="Summary">The title.</param>
/// <param name="Description">The body text.</param>
/// <param name="Place">Where, if in person.</param>
/// <param name="OnlineLink">The link, if online.</param>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
/// <param name="IsCancelled">True for a METHOD:CANCEL invitation.</param>
internal sealed record CalendarInvitation(
    string Uid,
    int Sequence,
    string Summary,
    string Description,
    string? Place,
    string? OnlineLink,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsCancelled = false);
