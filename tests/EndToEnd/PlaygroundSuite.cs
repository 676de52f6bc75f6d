namespace ClustER.Tests.EndToEnd;

/// <summary>
/// The end-to-end tests share one bot and one Playground, and run one at a time, after the parallel tests:
/// starting hosts of the same <c>Program</c> at the same moment can cross-wire WebApplicationFactory's host
/// capture, and a browser turn should not compete with a parallel test run for the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlaygroundSuite : ICollectionFixture<PlaygroundFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Agents Playground";
}
