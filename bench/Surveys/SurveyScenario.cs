using ClustER.Bench.Scenarios;

namespace ClustER.Bench.Surveys;

/// <summary>The survey fan-out benchmark in the scenario registry (<c>dotnet run -c Release --project bench -- surveys</c>).</summary>
internal sealed class SurveyScenario : IBenchScenario
{
    public string Name => "surveys";

    public string Description => "a survey sent to 5,000 recipients: time to confirm and enqueue, time to deliver at Delivery:MessagesPerSecond vs the theoretical minimum";

    public Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken) =>
        SurveyDeliveryBench.RunAsync(5_000, Console.Out, cancellationToken);
}
