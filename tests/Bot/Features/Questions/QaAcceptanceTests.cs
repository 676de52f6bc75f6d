using ClustER.Bot.Protocol;
using System.Diagnostics;
using ClustER.Tests.Infrastructure;
using Activity = ClustER.Bot.Protocol.Activity;
using Xunit.Abstractions;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>
/// The acceptance test of members' Q&amp;A: the real bot, the dev set's knowledge and clock, every question
/// through POST /api/messages, every rule checked on the reply the bot sends to the Connector.
/// </summary>
public class QaAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task AskEveryDevQuestion_ThroughApiMessages_MeetsEveryRule() =>
        RunSetAsync(Path.Combine(DevSet.Folder, "questions.json"), DevSet.KnowledgeFolder);

    [Fact]
    public Task AskEveryDemoQuestion_ThroughApiMessages_MeetsEveryRule() =>
        RunSetAsync(Path.Combine(DevSet.RepositoryRoot, "tests", "Bot", "Features", "Questions", "TestData", "demo-questions.json"), DevSet.DemoKnowledgeFolder);

    private async Task RunSetAsync(string questionsFile, string knowledge)
    {
        (DateTimeOffset now, IReadOnlyList<QaCase> cases) = DevSet.Load(questionsFile);
        await using BotApiFactory bot = await QaBot.StartAsync(knowledge, now);
        await QaBot.AskAsync(bot, "help"); // warm-up: first-turn JIT and database pool
        List<string> failures = [];
        List<double> latencies = [];
        foreach (QaCase c in cases)
        {
            long started = Stopwatch.GetTimestamp();
            List<Activity> replies = await QaBot.AskAsync(bot, c.Ask);
            double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            latencies.Add(ms);
            if (replies.Count != 1)
            {
                failures.Add($"'{c.Ask}': expected one reply, got {replies.Count}");
                continue;
            }

            Activity reply = replies[0];
            List<string> shown = CardReader.ItemIds(reply);
            string? locale = reply.Locale;
            output.WriteLine($"{ms,7:F1} ms  [{locale}] {c.Ask} => {string.Join(", ", shown)}");
            failures.AddRange(DevSet.Check(c, shown).Select(f => $"'{c.Ask}': {f}"));
            if (c.None && CardReader.Actions(reply, "qa.askStaff").Count == 0)
            {
                failures.Add($"'{c.Ask}': a 'nothing relevant' reply must offer to ask the staff");
            }

            if (c.Lang is not null && locale?.Split('-')[0] != c.Lang)
            {
                failures.Add($"'{c.Ask}': expected locale {c.Lang}, got {locale}");
            }

            if (string.IsNullOrWhiteSpace(ActivityFactory.PlainText(reply)))
            {
                failures.Add($"'{c.Ask}': the reply has no plain-text version");
            }
        }

        latencies.Sort();
        output.WriteLine($"HTTP turn latency over {latencies.Count} questions: p50 {latencies[latencies.Count / 2]:F1} ms, max {latencies[^1]:F1} ms");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
