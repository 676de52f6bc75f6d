namespace ClustER.Tests.EndToEnd;

/// <summary>The end-to-end tests share one bot and one Playground, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundSuite : ICollectionFixture<PlaygroundFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Agents Playground";
}
