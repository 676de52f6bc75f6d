namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>The sections of <c>Vocabulary.txt</c>: what a phrase tells about the question.</summary>
internal enum VocabularySection
{
    Kind,
    Event,
    Programme,
    Theme,
    Eligible,
    Place,
    Status,
    Next,
    Facet,
    Filler,
    Syn,
}
