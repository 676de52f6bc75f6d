using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Bot.Features.Questions.Understanding;
using Xunit.Abstractions;

namespace ClustER.Tests.Bot.Features.Questions;

public class KnowledgeSearchTests(ITestOutputHelper output)
{
    private const int Shown = 5;

    [Fact]
    public Task Search_DevSetQuestions_MeetEveryRule() =>
        RunAsync(Path.Combine(DevSet.Folder, "questions.json"), DevSet.KnowledgeFolder);

    [Fact]
    public Task Search_DemoQuestions_MeetEveryRule() =>
        RunAsync(Path.Combine(DevSet.RepositoryRoot, "tests", "Bot", "Features", "Questions", "TestData", "demo-questions.json"), DevSet.DemoKnowledgeFolder);

    private async Task RunAsync(string questions, string knowledge)
    {
        (DateTimeOffset now, IReadOnlyList<QaCase> cases) = DevSet.Load(questions);
        KnowledgeSnapshot snapshot = await DevSet.SnapshotAsync(knowledge);
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
