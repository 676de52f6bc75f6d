using System.Diagnostics;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Features.Questions.Search;
using ClustER.Bot.Features.Questions.Understanding;
using ClustER.Bot.Storage;
using ClustER.Tests.Bot.Features.Knowledge;
using ClustER.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ClustER.Tests.Bot.Features.Questions.Search;

/// <summary>Answer latency and import time over a synthetic base of 2,000 calls and 2,000 events.</summary>
public class SearchLatencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ImportAndAnswer_OnFourThousandItems_StayWithinBudget()
    {
        (DateTimeOffset now, IReadOnlyList<QaCase> cases) = DevSet.Load(Path.Combine(DevSet.Folder, "questions.json"));
        using var folder = new KnowledgeFolderFixture();
        SyntheticKnowledge.Write(folder.Path, 2000, 2000, now);
        using var database = new SqliteTestDatabase();
        using var catalog = new KnowledgeCatalog(NullLogger<KnowledgeCatalog>.Instance);
        using var gate = new KnowledgeImportGate();

        long importStarted = Stopwatch.GetTimestamp();
        using (BotDbContext db = database.CreateContext())
        {
            await new KnowledgeImporter(db, gate, catalog, TimeProvider.System, NullLogger<KnowledgeImporter>.Instance).ImportAsync(folder.Path, CancellationToken.None);
        }

        TimeSpan import = Stopwatch.GetElapsedTime(importStarted);
        Assert.Equal(4000, catalog.Current.Items.Count);

        var parser = new QuestionParser(Vocabulary.Default);
        List<double> samples = [];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        foreach (QaCase c in cases)
        {
            KnowledgeSearch.Search(catalog.Current, parser.Parse(c.Ask, now), now); // warm-up
        }

        for (int round = 0; round < 10; round++)
        {
            foreach (QaCase c in cases)
            {
                long started = Stopwatch.GetTimestamp();
                KnowledgeSearch.Search(catalog.Current, parser.Parse(c.Ask, now), now);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        samples.Sort();
        double p50 = samples[samples.Count / 2], p99 = samples[(int)(samples.Count * 0.99)];
        output.WriteLine($"Import of 4,000 items: {import.TotalMilliseconds:F0} ms; answer in-process over {samples.Count} asks: p50 {p50:F2} ms, p99 {p99:F2} ms, max {samples[^1]:F2} ms");
        // Regression guards with head-room for a busy two-core CI machine; the figures themselves go to the output.
        Assert.True(import < TimeSpan.FromSeconds(30), $"import took {import}");
        Assert.True(p50 < 25, $"p50 {p50:F1} ms");
    }
}
