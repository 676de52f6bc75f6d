using ClustER.Bench.Scenarios;

namespace ClustER.Bench.Polls;

/// <summary>The meeting-poll vote benchmark in the scenario registry (<c>dotnet run -c Release --project bench -- polls</c>).</summary>
internal sealed class PollScenario : IBenchScenario
{
    public string Name => "polls";

    public string Description => "a meeting poll with 10 slots, 500 voters through /api/messages, all at once then 16 at a time: votes/s, invoke p99 (target < 100 ms at 16 in flight), exact tallies";

    public Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken) =>
        PollVoteBench.RunAsync(500, 10, options.VoteWarmupInvokes, Console.Out, cancellationToken);
}
