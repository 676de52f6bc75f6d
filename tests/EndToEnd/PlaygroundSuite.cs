namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The end-to-end tests share one bot and one Playground, and run one at a time, after the parallel tests, so
/// the browser and the Playground do not compete with the rest of the test run for the machine's two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlaygroundSuite : ICollectionFixture<PlaygroundFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Agents Playground";
}
