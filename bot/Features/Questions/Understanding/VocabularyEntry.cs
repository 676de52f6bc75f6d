namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>One meaning of a phrase: its section and key (e.g. <c>event fair</c>, <c>theme 5</c>).</summary>
/// <param name="Section">What kind of meaning.</param>
/// <param name="Key">The value: an event kind, a programme, a priority number, an eligibility value...</param>
internal readonly record struct VocabularyEntry(VocabularySection Section, string Key);
