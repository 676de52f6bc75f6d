using ClustER.Bench.Load;
using ClustER.Bench.Servers;

namespace ClustER.Bench.Scenarios;

/// <summary>
/// Message turns over real loopback HTTP: the bot (its own process) and the bare baseline (its own process)
/// both reply through the same fake Connector. Both are warmed up, then measured in alternating rounds so
/// drift on the machine hits both alike.
/// </summary>
/// <param name="name">The scenario name.</param>
/// <param name="description">What it measures.</param>
/// <param name="text">The message every turn sends.</param>
/// <param name="expectedInBotReply">A fragment the bot's reply must contain (checked after warm-up).</param>
/// <param name="checkTargets">True when the throughput ratio and p99 targets apply to this scenario.</param>
internal sealed class TurnScenario(string name, string description, string text, string expectedInBotReply, bool checkTargets) : IBenchScenario
{
    /// <summary>The bot must reach this fraction of the baseline's throughput.</summary>
    public const double RatioTarget = 0.8;

    /// <summary>The bot's p99 latency must stay under this, in milliseconds.</summary>
    public const double P99TargetMs = 20;

    public string Name { get; } = name;

    public string Description { get; } = description;

    public async Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string data = Path.Combine(Path.GetTempPath(), "clust-er-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            await using FakeConnector connector = await FakeConnector.StartAsync();
            await using ServerProcess bot = await ServerProcess.StartAsync(["bot", data, .. options.BotSettings]);
            await using ServerProcess baseline = await ServerProcess.StartAsync(["baseline"]);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 });
            var load = new LoadGenerator(http, connector.ServiceUrl, text, options.Concurrency);

            Console.WriteLine($"scenario {Name}: {Description}");
            Console.WriteLine($"  {options.Concurrency} concurrent conversations, warm-up {options.WarmupTurns} turns per target, "
                + $"{options.Rounds} alternating rounds x {options.TurnsPerRound} turns per target, "
                + $"activity {ActivityPayload.SampleSize(connector.ServiceUrl, text)} bytes"
                + (options.BotSettings.Count > 0 ? $", bot settings: {string.Join(' ', options.BotSettings)}" : string.Empty));

            long botWarmup = await WarmUpAsync(load, bot, connector, expectedInBotReply, options, cancellationToken);
            long baselineWarmup = await WarmUpAsync(load, baseline, connector, BenchFeature.Reply, options, cancellationToken);
            Console.WriteLine($"  warm-up until the JIT is quiet: bot {botWarmup} turns, baseline {baselineWarmup} turns");

            var botResult = new TargetResult("bot");
            var baselineResult = new TargetResult("baseline");
            long botLines = bot.OutputLines, baselineLines = baseline.OutputLines;
            for (int round = 0; round < options.Rounds; round++)
            {
                // Alternate which goes first, so neither always runs on a warmer or cooler machine.
                (ServerProcess, TargetResult)[] order = round % 2 == 0
                    ? [(bot, botResult), (baseline, baselineResult)]
                    : [(baseline, baselineResult), (bot, botResult)];
                foreach ((ServerProcess target, TargetResult result) in order)
                {
                    long repliesBefore = connector.Replies;
                    ServerStats before = await target.GetStatsAsync();
                    MachineCpu machineBefore = MachineCpu.Read();
                    TimeSpan benchBefore = BenchProcessCpu();
                    RoundResult measured = await load.RunAsync(target.MessagesEndpoint, options.TurnsPerRound, cancellationToken);
                    result.Machine += MachineCpu.Read() - machineBefore;
                    result.BenchCpu += BenchProcessCpu() - benchBefore;
                    result.AddUsage(before, await target.GetStatsAsync());
                    long replies = connector.Replies - repliesBefore;
                    if (replies != measured.Turns - measured.Failures)
                    {
                        throw new InvalidOperationException($"{result.Name}: {measured.Turns} turns but {replies} replies reached the Connector.");
                    }

                    result.Add(measured);
                }
            }

            botResult.LogLines = bot.OutputLines - botLines;
            baselineResult.LogLines = baseline.OutputLines - baselineLines;

            // Latency below saturation: the same conversations offering a steady rate, as members would.
            var botPaced = new TargetResult("bot");
            var baselinePaced = new TargetResult("baseline");
            int pacedTurns = options.PacedRate * 10;
            for (int round = 0; round < 2; round++)
            {
                botPaced.Add(await load.RunAsync(bot.MessagesEndpoint, pacedTurns, cancellationToken, options.PacedRate));
                baselinePaced.Add(await load.RunAsync(baseline.MessagesEndpoint, pacedTurns, cancellationToken, options.PacedRate));
            }

            Console.WriteLine($"  load average after the rounds: {BenchMachine.LoadAverage()}");
            return ResultTable.Print(botResult, baselineResult, checkTargets, RatioTarget, P99TargetMs)
                & ResultTable.PrintPaced(botPaced, baselinePaced, options.PacedRate);
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may hold the file a moment after the process dies; it is a temp folder.
            }
        }
    }

    private static TimeSpan BenchProcessCpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>
    /// Warms <paramref name="target"/> up and checks that its replies are the real ones, not apologies. After the
    /// requested turns it goes on, chunk by chunk, until a chunk of turns makes the JIT compile (almost) nothing:
    /// tiered compilation keeps recompiling a large app's hot methods for tens of seconds, and a round measured
    /// meanwhile measures the JIT. Returns the warm-up turns run.
    /// </summary>
    private static async Task<long> WarmUpAsync(LoadGenerator load, ServerProcess target, FakeConnector connector, string expectedInReply, BenchOptions options, CancellationToken ct)
    {
        const int Chunk = 20_000, QuietMethods = 3, MaxChunks = 100;
        long turns = 0;
        await RunCheckedAsync(options.WarmupTurns);
        for (int chunk = 0; chunk < MaxChunks; chunk++)
        {
            long compiled = (await target.GetStatsAsync()).JitMethods;
            await RunCheckedAsync(Chunk);
            if ((await target.GetStatsAsync()).JitMethods - compiled <= QuietMethods)
            {
                break;
            }
        }

        if (!connector.LastReply.Contains(expectedInReply, StringComparison.Ordinal))
        {
            string reply = connector.LastReply.Length <= 400 ? connector.LastReply : connector.LastReply[..400] + "...";
            throw new InvalidOperationException($"Unexpected reply from {target.BaseAddress} (expected it to contain {expectedInReply}): {reply}");
        }

        return turns;

        async Task RunCheckedAsync(int count)
        {
            RoundResult warm = await load.RunAsync(target.MessagesEndpoint, count, ct);
            turns += warm.Turns;
            if (warm.Failures > 0)
            {
                throw new InvalidOperationException($"{warm.Failures} of {warm.Turns} warm-up turns failed against {target.BaseAddress}.");
            }
        }
    }
}
