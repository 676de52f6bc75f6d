using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Bot.Features.Questions.Understanding;
using Xunit.Abstractions;

namespace ClustER.Tests.Bot.Features.Questions;

public class KnowledgeSearchTests(ITestOutputHelper output)
{
    private const int Shown = 5;

    [Fact]
    public async Task Search_DevSetQuestions_MeetEveryRule()
    {
        (DateTimeOffset now, IReadOnlyList<QaCase> cases) = DevSet.Load(Path.Combine(DevSet.Folder, "questions.json"));
        KnowledgeSnapshot snapshot = await DevSet.SnapshotAsync(DevSet.KnowledgeFolder);
        var parser = new QuestionParser(Vocabulary.Default);
        List<string> failures = [];

        foreach (QaCase c in cases)
        {
            SearchOutcome outcome = KnowledgeSearch.Search(snapshot, parser.Parse(c.Ask, now), now);
            List<string> shown = [.. outcome.Hits.Take(Shown).Select(h => h.Item.Id)];
            output.WriteLine($"{c.Ask} => {string.Join(", ", outcome.Hits.Take(Shown).Select(h => $"{h.Item.Id}({h.Relevance:F2})"))}");
            failures.AddRange(DevSet.Check(c, shown).Select(f => $"'{c.Ask}': {f}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
