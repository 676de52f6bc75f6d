using System.Globalization;
using ClustER.Bench.Scenarios;

namespace ClustER.Bench;

/// <summary>The bench's command line: which scenarios, how many turns, how much concurrency.</summary>
internal sealed class BenchOptions
{
    /// <summary>The usage text.</summary>
    public const string Usage =
        "usage: dotnet run -c Release --project bench -- [SCENARIO ...] [--list] [--concurrency 32] [--turns 4000] [--rounds 6] [--warmup 3000] [--vote-warmup 4000] [--paced-rate 100] [--bot-setting Key=Value ...]";

    /// <summary>The scenarios to run, in order (default: every registered one).</summary>
    public IReadOnlyList<IBenchScenario> Scenarios { get; private init; } = [];

    /// <summary>Concurrent conversations (one in-flight turn each).</summary>
    public int Concurrency { get; private init; } = 32;

    /// <summary>Turns per measured round and target.</summary>
    public int TurnsPerRound { get; private init; } = 4000;

    /// <summary>Measured rounds per target; targets alternate round by round.</summary>
    public int Rounds { get; private init; } = 6;

    /// <summary>Warm-up turns per target before measuring (JIT, pools, caches).</summary>
    public int WarmupTurns { get; private init; } = 3000;

    /// <summary>Invokes cast on another poll before the <c>polls</c> scenario's measured rounds.</summary>
    public int VoteWarmupInvokes { get; private init; } = 4000;

    /// <summary>
    /// The offered rate (turns per second, all conversations together) of the paced latency rounds; Teams lets
    /// one app send about 50 messages per second per tenant, so 100 is twice a real peak.
    /// </summary>
    public int PacedRate { get; private init; } = 100;

    /// <summary>Extra bot configuration (<c>--bot-setting Logging:LogLevel:Default=Warning</c>), for profiling.</summary>
    public IReadOnlyList<string> BotSettings { get; private init; } = [];

    /// <summary>True for <c>--list</c>: print the scenarios and exit.</summary>
    public bool ListOnly { get; private init; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a clear message.</summary>
    public static BenchOptions Parse(string[] args)
    {
        var names = new List<string>();
        var botSettings = new List<string>();
        int concurrency = 32, turns = 4000, rounds = 6, warmup = 3000, voteWarmup = 4000, pacedRate = 100;
        bool list = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--list":
                    list = true;
                    break;
                case "--concurrency":
                    concurrency = Positive(args, ref i);
                    break;
                case "--turns":
                    turns = Positive(args, ref i);
                    break;
                case "--rounds":
                    rounds = Positive(args, ref i);
                    break;
                case "--warmup":
                    warmup = Positive(args, ref i);
                    break;
                case "--vote-warmup":
                    voteWarmup = Positive(args, ref i);
                    break;
                case "--paced-rate":
                    pacedRate = Positive(args, ref i);
                    break;
                case "--bot-setting" when i + 1 < args.Length && args[i + 1].Contains('=', StringComparison.Ordinal):
                    botSettings.Add(args[++i]);
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"Unknown option {option}.");
                default:
                    names.Add(args[i]);
                    break;
            }
        }

        IReadOnlyList<IBenchScenario> scenarios = names.Count == 0
            ? BenchScenarios.All
            : [.. names.Select(n => BenchScenarios.Find(n)
                ?? throw new ArgumentException($"Unknown scenario '{n}'. Known: {string.Join(", ", BenchScenarios.All.Select(s => s.Name))}."))];
        return new BenchOptions
        {
            Scenarios = scenarios,
            Concurrency = concurrency,
            TurnsPerRound = turns,
            Rounds = rounds,
            WarmupTurns = warmup,
            VoteWarmupInvokes = voteWarmup,
            ListOnly = list,
            BotSettings = botSettings,
            PacedRate = pacedRate,
        };
    }

    private static int Positive(string[] args, ref int i)
    {
        string option = args[i];
        if (++i >= args.Length || !int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value <= 0)
        {
            throw new ArgumentException($"{option} needs a positive whole number.");
        }

        return value;
    }
}
