using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Bot.Features.Questions;

/// <summary>Understands a question and searches the current knowledge for it, at the injected "now".</summary>
internal sealed class QuestionAnswerer(KnowledgeCatalog catalog, TimeProvider time)
{
    private readonly QuestionParser _parser = new(Vocabulary.Default);

    /// <summary>The relevant items for <paramref name="question"/>, best first.</summary>
    public SearchOutcome Ask(string question)
    {
        DateTimeOffset now = time.GetUtcNow();
        return KnowledgeSearch.Search(catalog.Current, _parser.Parse(question ?? string.Empty, now), now);
    }
}
