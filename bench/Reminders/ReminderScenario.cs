using ClustER.Bench.Scenarios;

namespace ClustER.Bench.Reminders;

/// <summary>The reminder fan-out benchmark in the scenario registry (<c>dotnet run -c Release --project bench -- reminders</c>).</summary>
internal sealed class ReminderScenario : IBenchScenario
{
    public string Name => "reminders";

    public string Description => "10,000 reminders due in the same minute: time until all delivered, duplicates and missing (both must be 0)";

    public Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken) =>
        ReminderDeliveryBench.RunAsync(10_000, Console.Out, cancellationToken);
}
