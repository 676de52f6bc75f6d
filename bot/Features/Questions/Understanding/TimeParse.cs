namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>The time a question names, and which of its words said it.</summary>
/// <param name="Range">The range, or null when the question names no time.</param>
/// <param name="Consumed">The indices of the words that were part of a time expression.</param>
internal sealed record TimeParse(TimeRange? Range, IReadOnlySet<int> Consumed);
