using ClustER.Bench.Scenarios;

namespace ClustER.Bench.Privacy;

/// <summary>The data-rights benchmark in the scenario registry (<c>dotnet run -c Release --project bench -- privacy</c>).</summary>
internal sealed class PrivacyScenario : IBenchScenario
{
    public string Name => "privacy";

    public string Description => "\"my data\" export and \"forget me\" erasure of a typical and a very active member, in a directory of 5,000";

    public Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken) =>
        PrivacyBench.RunAsync(Console.Out, cancellationToken);
}
