using ClustER.Bot.Features.Knowledge.Model;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>
/// One call, event or FAQ answer as members search and see it: an immutable copy of the stored row,
/// so a snapshot can be read by many turns at once while the next import builds its own.
/// </summary>
public sealed record KnowledgeItem
{
    public required KnowledgeKind Kind { get; init; }

    public required string Id { get; init; }

    /// <summary>The title; for an FAQ answer, its first question.</summary>
    public required string Title { get; init; }

    public string? Summary { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<int> Priorities { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Programme { get; init; }

    public DateTimeOffset? Opens { get; init; }

    /// <summary>A call's deadline; null for a rolling call.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public string? Budget { get; init; }

    public IReadOnlyList<string> Eligibility { get; init; } = [];

    public string? EventKind { get; init; }

    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public string? Location { get; init; }

    public string? Online { get; init; }

    public string? RegistrationUrl { get; init; }

    public DateTimeOffset? RegistrationDeadline { get; init; }

    public IReadOnlyList<string> Questions { get; init; } = [];

    public string? Answer { get; init; }

    /// <summary>The lowercase kind name used in card data and links (<c>call</c>, <c>event</c>, <c>faq</c>).</summary>
    public string KindName => KindNames.Of(Kind);

    /// <summary>When an event is over (its end, or its start when it has none).</summary>
    public DateTimeOffset? EventEnd => End ?? Start;

    /// <summary>True for a call that has closed, or an event that is over, at <paramref name="now"/>.</summary>
    public bool IsPast(DateTimeOffset now) => Kind switch
    {
        KnowledgeKind.Call => Deadline is { } d && d < now,
        KnowledgeKind.Event => EventEnd is { } e && e < now,
        _ => false,
    };

    /// <summary>True for a call accepting submissions now (rolling calls are open).</summary>
    public bool IsOpenNow(DateTimeOffset now) =>
        Kind == KnowledgeKind.Call && !IsPast(now) && (Opens is null || Opens <= now);

    /// <summary>The date that orders items "nearest first": a call's deadline, an event's start.</summary>
    public DateTimeOffset? KeyDate => Kind switch
    {
        KnowledgeKind.Call => Deadline,
        KnowledgeKind.Event => Start,
        _ => null,
    };

    public static KnowledgeItem From(KnowledgeCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new KnowledgeItem
        {
            Kind = KnowledgeKind.Call, Id = call.Id, Title = call.Title, Summary = call.Summary, Url = call.Url,
            Priorities = [.. call.Priorities], Tags = [.. call.Tags], Programme = call.Programme, Opens = call.Opens,
            Deadline = call.Deadline, Budget = call.Budget, Eligibility = [.. call.Eligibility],
        };
    }

    public static KnowledgeItem From(KnowledgeEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        return new KnowledgeItem
        {
            Kind = KnowledgeKind.Event, Id = ev.Id, Title = ev.Title, Summary = ev.Summary, Url = ev.Url,
            Priorities = [.. ev.Priorities], Tags = [.. ev.Tags], EventKind = ev.Kind, Start = ev.Start, End = ev.End,
            Location = ev.Location, Online = ev.Online, RegistrationUrl = ev.RegistrationUrl,
            RegistrationDeadline = ev.RegistrationDeadline,
        };
    }

    public static KnowledgeItem From(KnowledgeFaq faq)
    {
        ArgumentNullException.ThrowIfNull(faq);
        return new KnowledgeItem
        {
            Kind = KnowledgeKind.Faq, Id = faq.Id, Title = faq.Questions.FirstOrDefault() ?? faq.Id, Summary = faq.Answer,
            Url = faq.Url, Questions = [.. faq.Questions], Answer = faq.Answer,
        };
    }
}
