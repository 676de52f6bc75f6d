namespace ClustER.Bench.Scenarios;

/// <summary>One benchmark, selectable by name on the command line.</summary>
internal interface IBenchScenario
{
    /// <summary>The name to select it with.</summary>
    string Name { get; }

    /// <summary>One line on what it measures.</summary>
    string Description { get; }

    /// <summary>Runs it, prints its table, and returns whether its targets were met.</summary>
    Task<bool> RunAsync(BenchOptions options, CancellationToken cancellationToken);
}
