using ClustER.Bench.Scenarios;

namespace ClustER.Bench.Newsletter;

/// <summary>The newsletter dispatch benchmark in the scenario registry (<c>dotnet run -c Release --project bench -- newsletter</c>).</summary>
internal sealed class NewsletterScenario : IBenchScenario
{
    public string Name => "newsletter";

    public string Description => "an approved newsletter to 10,000 members against a Teams-like limiting Connector: time vs the minimum, 429s, duplicates, missing";

    public Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken) =>
        NewsletterDeliveryBench.RunAsync(10_000, 30, Console.Out, cancellationToken);
}
